# Generated from content.schema.json by `python -m brochure.schema.compile`: do not edit.
# flake8: noqa
SCHEMA_SHA256 = 'd55f8218e86c1ef01867ee672f124684530fc8211851c465e35d06aecdd6ecbe'
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[a-z0-9][a-z0-9-]{0,63}$': re.compile('^[a-z0-9][a-z0-9-]{0,63}\\Z'),
    '^[A-Za-z0-9][A-Za-z0-9._-]*$': re.compile('^[A-Za-z0-9][A-Za-z0-9._-]*\\Z'),
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': re.compile('^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z'),
    '^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$': re.compile('^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}\\Z'),
    '^[a-z0-9][a-z0-9-]*$': re.compile('^[a-z0-9][a-z0-9-]*\\Z'),
    '^[^@\\s]+@[^@\\s]+$': re.compile('^[^@\\s]+@[^@\\s]+\\Z'),
    '^([^@\\s]+@[^@\\s]+|https?://[^\\s]+|\\+?[0-9][0-9 ()./-]{4,})$': re.compile('^([^@\\s]+@[^@\\s]+|https?://[^\\s]+|\\+?[0-9][0-9 ()./-]{4,})\\Z'),
    '^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$': re.compile('^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)\\Z'),
    '^#[0-9A-Fa-f]{6}$': re.compile('^#[0-9A-Fa-f]{6}\\Z'),
    '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': re.compile('^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'languages', 'title', 'clinic', 'sections']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z0-9][a-z0-9-]{0,63}$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z0-9][a-z0-9-]{0,63}$")
        if "languages" in data_keys:
            data_keys.remove("languages")
            data__languages = data["languages"]
            if not isinstance(data__languages, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages must be array")
            data__languages_is_list = isinstance(data__languages, (list, tuple))
            if data__languages_is_list:
                data__languages_len = len(data__languages)
                if data__languages_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages must contain at least 1 items")
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__languages_len > len(set(fn(data__languages_x) for data__languages_x in data__languages)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".languages must contain unique items")
                for data__languages_x, data__languages_item in enumerate(data__languages):
                    validate____defs_language(data__languages_item, custom_formats, (name_prefix or "data") + ".languages[{data__languages_x}]".format(**locals()))
        if "layouts" in data_keys:
            data_keys.remove("layouts")
            data__layouts = data["layouts"]
            if not isinstance(data__layouts, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".layouts must be array")
            data__layouts_is_list = isinstance(data__layouts, (list, tuple))
            if data__layouts_is_list:
                data__layouts_len = len(data__layouts)
                if data__layouts_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".layouts must contain at least 1 items")
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__layouts_len > len(set(fn(data__layouts_x) for data__layouts_x in data__layouts)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".layouts must contain unique items")
                for data__layouts_x, data__layouts_item in enumerate(data__layouts):
                    if not isinstance(data__layouts_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".layouts[{data__layouts_x}]".format(**locals()) + " must be string")
                    if isinstance(data__layouts_item, str):
                        if not REGEX_PATTERNS['^[A-Za-z0-9][A-Za-z0-9._-]*$'].search(data__layouts_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".layouts[{data__layouts_x}]".format(**locals()) + " must match pattern ^[A-Za-z0-9][A-Za-z0-9._-]*$")
        if "updated" in data_keys:
            data_keys.remove("updated")
            data__updated = data["updated"]
            if not isinstance(data__updated, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".updated must be string")
            if isinstance(data__updated, str):
                if not REGEX_PATTERNS['^[0-9]{4}-[0-9]{2}-[0-9]{2}$'].search(data__updated):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".updated must match pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'draft' or isinstance(data__status, str) and data__status == 'final'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['draft', 'final']")
        if "review" in data_keys:
            data_keys.remove("review")
            data__review = data["review"]
            if not isinstance(data__review, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".review must be object")
            data__review_is_dict = isinstance(data__review, dict)
            if data__review_is_dict:
                data__review_len = len(data__review)
                if data__review_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".review must contain at least 1 properties")
                data__review_keys = set(data__review.keys())
                if "version" in data__review_keys:
                    data__review_keys.remove("version")
                    data__review__version = data__review["version"]
                    if not isinstance(data__review__version, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.version must be string")
                    if isinstance(data__review__version, str):
                        data__review__version_len = len(data__review__version)
                        if data__review__version_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.version must be longer than or equal to 1 characters")
                        if data__review__version_len > 20:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.version must be shorter than or equal to 20 characters")
                if "code" in data__review_keys:
                    data__review_keys.remove("code")
                    data__review__code = data__review["code"]
                    if not isinstance(data__review__code, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.code must be string")
                    if isinstance(data__review__code, str):
                        if not REGEX_PATTERNS['^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$'].search(data__review__code):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.code must match pattern ^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$")
                if "published" in data__review_keys:
                    data__review_keys.remove("published")
                    data__review__published = data__review["published"]
                    validate____defs_date(data__review__published, custom_formats, (name_prefix or "data") + ".review.published")
                if "next_review" in data__review_keys:
                    data__review_keys.remove("next_review")
                    data__review__nextreview = data__review["next_review"]
                    validate____defs_date(data__review__nextreview, custom_formats, (name_prefix or "data") + ".review.next_review")
                if "author" in data__review_keys:
                    data__review_keys.remove("author")
                    data__review__author = data__review["author"]
                    if not isinstance(data__review__author, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.author must be string")
                    if isinstance(data__review__author, str):
                        data__review__author_len = len(data__review__author)
                        if data__review__author_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.author must be longer than or equal to 1 characters")
                if "reviewed_by" in data__review_keys:
                    data__review_keys.remove("reviewed_by")
                    data__review__reviewedby = data__review["reviewed_by"]
                    if not isinstance(data__review__reviewedby, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.reviewed_by must be string")
                    if isinstance(data__review__reviewedby, str):
                        data__review__reviewedby_len = len(data__review__reviewedby)
                        if data__review__reviewedby_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".review.reviewed_by must be longer than or equal to 1 characters")
                if data__review_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".review must not contain "+str(data__review_keys)+" properties")
        if "reading_level" in data_keys:
            data_keys.remove("reading_level")
            data__readinglevel = data["reading_level"]
            if not isinstance(data__readinglevel, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reading_level must be object")
            data__readinglevel_is_dict = isinstance(data__readinglevel, dict)
            if data__readinglevel_is_dict:
                data__readinglevel_len = len(data__readinglevel)
                if data__readinglevel_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reading_level must contain at least 1 properties")
                data__readinglevel_keys = set(data__readinglevel.keys())
                if "grade" in data__readinglevel_keys:
                    data__readinglevel_keys.remove("grade")
                    data__readinglevel__grade = data__readinglevel["grade"]
                    validate____defs_grade(data__readinglevel__grade, custom_formats, (name_prefix or "data") + ".reading_level.grade")
                if "languages" in data__readinglevel_keys:
                    data__readinglevel_keys.remove("languages")
                    data__readinglevel__languages = data__readinglevel["languages"]
                    if not isinstance(data__readinglevel__languages, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".reading_level.languages must be object")
                    data__readinglevel__languages_is_dict = isinstance(data__readinglevel__languages, dict)
                    if data__readinglevel__languages_is_dict:
                        data__readinglevel__languages_len = len(data__readinglevel__languages)
                        if data__readinglevel__languages_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".reading_level.languages must contain at least 1 properties")
                        data__readinglevel__languages_keys = set(data__readinglevel__languages.keys())
                        for data__readinglevel__languages_key in data__readinglevel__languages_keys:
                            if data__readinglevel__languages_key not in []:
                                data__readinglevel__languages_value = data__readinglevel__languages.get(data__readinglevel__languages_key)
                                validate____defs_grade(data__readinglevel__languages_value, custom_formats, (name_prefix or "data") + ".reading_level.languages.{data__readinglevel__languages_key}".format(**locals()))
                        if data__readinglevel__languages_len != 0:
                            data__readinglevel__languages_property_names = True
                            for data__readinglevel__languages_key in data__readinglevel__languages:
                                try:
                                    validate____defs_language(data__readinglevel__languages_key, custom_formats, (name_prefix or "data") + ".reading_level.languages")
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    data__readinglevel__languages_property_names = False
                            if not data__readinglevel__languages_property_names:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reading_level.languages must be named by propertyName definition")
                if data__readinglevel_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reading_level must not contain "+str(data__readinglevel_keys)+" properties")
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            validate____defs_text(data__title, custom_formats, (name_prefix or "data") + ".title")
        if "subtitle" in data_keys:
            data_keys.remove("subtitle")
            data__subtitle = data["subtitle"]
            validate____defs_text(data__subtitle, custom_formats, (name_prefix or "data") + ".subtitle")
        if "clinic" in data_keys:
            data_keys.remove("clinic")
            data__clinic = data["clinic"]
            validate____defs_clinic(data__clinic, custom_formats, (name_prefix or "data") + ".clinic")
        if "sections" in data_keys:
            data_keys.remove("sections")
            data__sections = data["sections"]
            if not isinstance(data__sections, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections must be array")
            data__sections_is_list = isinstance(data__sections, (list, tuple))
            if data__sections_is_list:
                data__sections_len = len(data__sections)
                if data__sections_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections must contain at least 1 items")
                for data__sections_x, data__sections_item in enumerate(data__sections):
                    validate____defs_section(data__sections_item, custom_formats, (name_prefix or "data") + ".sections[{data__sections_x}]".format(**locals()))
        if "sections_for" in data_keys:
            data_keys.remove("sections_for")
            data__sectionsfor = data["sections_for"]
            if not isinstance(data__sectionsfor, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for must be object")
            data__sectionsfor_is_dict = isinstance(data__sectionsfor, dict)
            if data__sectionsfor_is_dict:
                data__sectionsfor_keys = set(data__sectionsfor.keys())
                for data__sectionsfor_key in data__sectionsfor_keys:
                    if data__sectionsfor_key not in []:
                        data__sectionsfor_value = data__sectionsfor.get(data__sectionsfor_key)
                        data__sectionsfor_value_any_of_count1 = 0
                        if not data__sectionsfor_value_any_of_count1:
                            try:
                                if not isinstance(data__sectionsfor_value, (list, tuple)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}".format(**locals()) + " must be array")
                                data__sectionsfor_value_is_list = isinstance(data__sectionsfor_value, (list, tuple))
                                if data__sectionsfor_value_is_list:
                                    data__sectionsfor_value_len = len(data__sectionsfor_value)
                                    if data__sectionsfor_value_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}".format(**locals()) + " must contain at least 1 items")
                                    def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                    if data__sectionsfor_value_len > len(set(fn(data__sectionsfor_value_x) for data__sectionsfor_value_x in data__sectionsfor_value)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}".format(**locals()) + " must contain unique items")
                                    for data__sectionsfor_value_x, data__sectionsfor_value_item in enumerate(data__sectionsfor_value):
                                        if not isinstance(data__sectionsfor_value_item, (str)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}[{data__sectionsfor_value_x}]".format(**locals()) + " must be string")
                                data__sectionsfor_value_any_of_count1 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if not data__sectionsfor_value_any_of_count1:
                            try:
                                if not isinstance(data__sectionsfor_value, (dict)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}".format(**locals()) + " must be object")
                                data__sectionsfor_value_is_dict = isinstance(data__sectionsfor_value, dict)
                                if data__sectionsfor_value_is_dict:
                                    data__sectionsfor_value__missing_keys = set(['sections']) - data__sectionsfor_value.keys()
                                    if data__sectionsfor_value__missing_keys:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}".format(**locals()) + " must contain ")
                                    data__sectionsfor_value_keys = set(data__sectionsfor_value.keys())
                                    if "cover" in data__sectionsfor_value_keys:
                                        data__sectionsfor_value_keys.remove("cover")
                                        data__sectionsfor_value__cover = data__sectionsfor_value["cover"]
                                        if not isinstance(data__sectionsfor_value__cover, (list, tuple)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}.cover".format(**locals()) + " must be array")
                                        data__sectionsfor_value__cover_is_list = isinstance(data__sectionsfor_value__cover, (list, tuple))
                                        if data__sectionsfor_value__cover_is_list:
                                            data__sectionsfor_value__cover_len = len(data__sectionsfor_value__cover)
                                            if data__sectionsfor_value__cover_len < 1:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}.cover".format(**locals()) + " must contain at least 1 items")
                                            def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                            if data__sectionsfor_value__cover_len > len(set(fn(data__sectionsfor_value__cover_x) for data__sectionsfor_value__cover_x in data__sectionsfor_value__cover)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}.cover".format(**locals()) + " must contain unique items")
                                            for data__sectionsfor_value__cover_x, data__sectionsfor_value__cover_item in enumerate(data__sectionsfor_value__cover):
                                                if not isinstance(data__sectionsfor_value__cover_item, (str)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}.cover[{data__sectionsfor_value__cover_x}]".format(**locals()) + " must be string")
                                    if "sections" in data__sectionsfor_value_keys:
                                        data__sectionsfor_value_keys.remove("sections")
                                        data__sectionsfor_value__sections = data__sectionsfor_value["sections"]
                                        if not isinstance(data__sectionsfor_value__sections, (list, tuple)):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}.sections".format(**locals()) + " must be array")
                                        data__sectionsfor_value__sections_is_list = isinstance(data__sectionsfor_value__sections, (list, tuple))
                                        if data__sectionsfor_value__sections_is_list:
                                            data__sectionsfor_value__sections_len = len(data__sectionsfor_value__sections)
                                            if data__sectionsfor_value__sections_len < 1:
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}.sections".format(**locals()) + " must contain at least 1 items")
                                            def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                                            if data__sectionsfor_value__sections_len > len(set(fn(data__sectionsfor_value__sections_x) for data__sectionsfor_value__sections_x in data__sectionsfor_value__sections)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}.sections".format(**locals()) + " must contain unique items")
                                            for data__sectionsfor_value__sections_x, data__sectionsfor_value__sections_item in enumerate(data__sectionsfor_value__sections):
                                                if not isinstance(data__sectionsfor_value__sections_item, (str)):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}.sections[{data__sectionsfor_value__sections_x}]".format(**locals()) + " must be string")
                                    if data__sectionsfor_value_keys:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}".format(**locals()) + " must not contain "+str(data__sectionsfor_value_keys)+" properties")
                                data__sectionsfor_value_any_of_count1 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException): pass
                        if not data__sectionsfor_value_any_of_count1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for.{data__sectionsfor_key}".format(**locals()) + " cannot be validated by any definition")
                data__sectionsfor_len = len(data__sectionsfor)
                if data__sectionsfor_len != 0:
                    data__sectionsfor_property_names = True
                    for data__sectionsfor_key in data__sectionsfor:
                        try:
                            if isinstance(data__sectionsfor_key, str):
                                if not REGEX_PATTERNS['^[A-Za-z0-9][A-Za-z0-9._-]*$'].search(data__sectionsfor_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for must match pattern ^[A-Za-z0-9][A-Za-z0-9._-]*$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__sectionsfor_property_names = False
                    if not data__sectionsfor_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections_for must be named by propertyName definition")
        if "glossary" in data_keys:
            data_keys.remove("glossary")
            data__glossary = data["glossary"]
            if not isinstance(data__glossary, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".glossary must be array")
            data__glossary_is_list = isinstance(data__glossary, (list, tuple))
            if data__glossary_is_list:
                data__glossary_len = len(data__glossary)
                if data__glossary_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".glossary must contain at least 1 items")
                for data__glossary_x, data__glossary_item in enumerate(data__glossary):
                    if not isinstance(data__glossary_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".glossary[{data__glossary_x}]".format(**locals()) + " must be object")
                    data__glossary_item_is_dict = isinstance(data__glossary_item, dict)
                    if data__glossary_item_is_dict:
                        data__glossary_item__missing_keys = set(['term', 'definition']) - data__glossary_item.keys()
                        if data__glossary_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".glossary[{data__glossary_x}]".format(**locals()) + " must contain ")
                        data__glossary_item_keys = set(data__glossary_item.keys())
                        if "term" in data__glossary_item_keys:
                            data__glossary_item_keys.remove("term")
                            data__glossary_item__term = data__glossary_item["term"]
                            validate____defs_text(data__glossary_item__term, custom_formats, (name_prefix or "data") + ".glossary[{data__glossary_x}].term".format(**locals()))
                        if "definition" in data__glossary_item_keys:
                            data__glossary_item_keys.remove("definition")
                            data__glossary_item__definition = data__glossary_item["definition"]
                            validate____defs_text(data__glossary_item__definition, custom_formats, (name_prefix or "data") + ".glossary[{data__glossary_x}].definition".format(**locals()))
                        if data__glossary_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".glossary[{data__glossary_x}]".format(**locals()) + " must not contain "+str(data__glossary_item_keys)+" properties")
        if "references" in data_keys:
            data_keys.remove("references")
            data__references = data["references"]
            if not isinstance(data__references, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".references must be array")
            data__references_is_list = isinstance(data__references, (list, tuple))
            if data__references_is_list:
                data__references_len = len(data__references)
                for data__references_x, data__references_item in enumerate(data__references):
                    validate____defs_text(data__references_item, custom_formats, (name_prefix or "data") + ".references[{data__references_x}]".format(**locals()))
        if "disclaimer" in data_keys:
            data_keys.remove("disclaimer")
            data__disclaimer = data["disclaimer"]
            validate____defs_text(data__disclaimer, custom_formats, (name_prefix or "data") + ".disclaimer")
        if "strings" in data_keys:
            data_keys.remove("strings")
            data__strings = data["strings"]
            if not isinstance(data__strings, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings must be object")
            data__strings_is_dict = isinstance(data__strings, dict)
            if data__strings_is_dict:
                data__strings_len = len(data__strings)
                if data__strings_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings must contain at least 1 properties")
                data__strings_keys = set(data__strings.keys())
                for data__strings_key in data__strings_keys:
                    if data__strings_key not in []:
                        data__strings_value = data__strings.get(data__strings_key)
                        if not isinstance(data__strings_value, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}".format(**locals()) + " must be object")
                        data__strings_value_is_dict = isinstance(data__strings_value, dict)
                        if data__strings_value_is_dict:
                            data__strings_value_len = len(data__strings_value)
                            if data__strings_value_len < 1:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}".format(**locals()) + " must contain at least 1 properties")
                            data__strings_value_keys = set(data__strings_value.keys())
                            if "page_of" in data__strings_value_keys:
                                data__strings_value_keys.remove("page_of")
                                data__strings_value__pageof = data__strings_value["page_of"]
                                if not isinstance(data__strings_value__pageof, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.page_of".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__pageof, str):
                                    data__strings_value__pageof_len = len(data__strings_value__pageof)
                                    if data__strings_value__pageof_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.page_of".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "contact_us" in data__strings_value_keys:
                                data__strings_value_keys.remove("contact_us")
                                data__strings_value__contactus = data__strings_value["contact_us"]
                                if not isinstance(data__strings_value__contactus, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.contact_us".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__contactus, str):
                                    data__strings_value__contactus_len = len(data__strings_value__contactus)
                                    if data__strings_value__contactus_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.contact_us".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "phone" in data__strings_value_keys:
                                data__strings_value_keys.remove("phone")
                                data__strings_value__phone = data__strings_value["phone"]
                                if not isinstance(data__strings_value__phone, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.phone".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__phone, str):
                                    data__strings_value__phone_len = len(data__strings_value__phone)
                                    if data__strings_value__phone_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.phone".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "email" in data__strings_value_keys:
                                data__strings_value_keys.remove("email")
                                data__strings_value__email = data__strings_value["email"]
                                if not isinstance(data__strings_value__email, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.email".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__email, str):
                                    data__strings_value__email_len = len(data__strings_value__email)
                                    if data__strings_value__email_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.email".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "website" in data__strings_value_keys:
                                data__strings_value_keys.remove("website")
                                data__strings_value__website = data__strings_value["website"]
                                if not isinstance(data__strings_value__website, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.website".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__website, str):
                                    data__strings_value__website_len = len(data__strings_value__website)
                                    if data__strings_value__website_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.website".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "address" in data__strings_value_keys:
                                data__strings_value_keys.remove("address")
                                data__strings_value__address = data__strings_value["address"]
                                if not isinstance(data__strings_value__address, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.address".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__address, str):
                                    data__strings_value__address_len = len(data__strings_value__address)
                                    if data__strings_value__address_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.address".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "opening_hours" in data__strings_value_keys:
                                data__strings_value_keys.remove("opening_hours")
                                data__strings_value__openinghours = data__strings_value["opening_hours"]
                                if not isinstance(data__strings_value__openinghours, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.opening_hours".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__openinghours, str):
                                    data__strings_value__openinghours_len = len(data__strings_value__openinghours)
                                    if data__strings_value__openinghours_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.opening_hours".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "last_updated" in data__strings_value_keys:
                                data__strings_value_keys.remove("last_updated")
                                data__strings_value__lastupdated = data__strings_value["last_updated"]
                                if not isinstance(data__strings_value__lastupdated, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.last_updated".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__lastupdated, str):
                                    data__strings_value__lastupdated_len = len(data__strings_value__lastupdated)
                                    if data__strings_value__lastupdated_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.last_updated".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "sources" in data__strings_value_keys:
                                data__strings_value_keys.remove("sources")
                                data__strings_value__sources = data__strings_value["sources"]
                                if not isinstance(data__strings_value__sources, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.sources".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__sources, str):
                                    data__strings_value__sources_len = len(data__strings_value__sources)
                                    if data__strings_value__sources_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.sources".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "words_to_know" in data__strings_value_keys:
                                data__strings_value_keys.remove("words_to_know")
                                data__strings_value__wordstoknow = data__strings_value["words_to_know"]
                                if not isinstance(data__strings_value__wordstoknow, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.words_to_know".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__wordstoknow, str):
                                    data__strings_value__wordstoknow_len = len(data__strings_value__wordstoknow)
                                    if data__strings_value__wordstoknow_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.words_to_know".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "notes" in data__strings_value_keys:
                                data__strings_value_keys.remove("notes")
                                data__strings_value__notes = data__strings_value["notes"]
                                if not isinstance(data__strings_value__notes, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.notes".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__notes, str):
                                    data__strings_value__notes_len = len(data__strings_value__notes)
                                    if data__strings_value__notes_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.notes".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "qr_caption" in data__strings_value_keys:
                                data__strings_value_keys.remove("qr_caption")
                                data__strings_value__qrcaption = data__strings_value["qr_caption"]
                                if not isinstance(data__strings_value__qrcaption, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.qr_caption".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__qrcaption, str):
                                    data__strings_value__qrcaption_len = len(data__strings_value__qrcaption)
                                    if data__strings_value__qrcaption_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.qr_caption".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "qr_alt" in data__strings_value_keys:
                                data__strings_value_keys.remove("qr_alt")
                                data__strings_value__qralt = data__strings_value["qr_alt"]
                                if not isinstance(data__strings_value__qralt, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.qr_alt".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__qralt, str):
                                    data__strings_value__qralt_len = len(data__strings_value__qralt)
                                    if data__strings_value__qralt_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.qr_alt".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "key_points" in data__strings_value_keys:
                                data__strings_value_keys.remove("key_points")
                                data__strings_value__keypoints = data__strings_value["key_points"]
                                if not isinstance(data__strings_value__keypoints, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.key_points".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__keypoints, str):
                                    data__strings_value__keypoints_len = len(data__strings_value__keypoints)
                                    if data__strings_value__keypoints_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.key_points".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "warning" in data__strings_value_keys:
                                data__strings_value_keys.remove("warning")
                                data__strings_value__warning = data__strings_value["warning"]
                                if not isinstance(data__strings_value__warning, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.warning".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__warning, str):
                                    data__strings_value__warning_len = len(data__strings_value__warning)
                                    if data__strings_value__warning_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.warning".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "tip" in data__strings_value_keys:
                                data__strings_value_keys.remove("tip")
                                data__strings_value__tip = data__strings_value["tip"]
                                if not isinstance(data__strings_value__tip, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.tip".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__tip, str):
                                    data__strings_value__tip_len = len(data__strings_value__tip)
                                    if data__strings_value__tip_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.tip".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "please_note" in data__strings_value_keys:
                                data__strings_value_keys.remove("please_note")
                                data__strings_value__pleasenote = data__strings_value["please_note"]
                                if not isinstance(data__strings_value__pleasenote, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.please_note".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__pleasenote, str):
                                    data__strings_value__pleasenote_len = len(data__strings_value__pleasenote)
                                    if data__strings_value__pleasenote_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.please_note".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "review_due" in data__strings_value_keys:
                                data__strings_value_keys.remove("review_due")
                                data__strings_value__reviewdue = data__strings_value["review_due"]
                                if not isinstance(data__strings_value__reviewdue, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.review_due".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__reviewdue, str):
                                    data__strings_value__reviewdue_len = len(data__strings_value__reviewdue)
                                    if data__strings_value__reviewdue_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.review_due".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "published" in data__strings_value_keys:
                                data__strings_value_keys.remove("published")
                                data__strings_value__published = data__strings_value["published"]
                                if not isinstance(data__strings_value__published, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.published".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__published, str):
                                    data__strings_value__published_len = len(data__strings_value__published)
                                    if data__strings_value__published_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.published".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "version" in data__strings_value_keys:
                                data__strings_value_keys.remove("version")
                                data__strings_value__version = data__strings_value["version"]
                                if not isinstance(data__strings_value__version, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.version".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__version, str):
                                    data__strings_value__version_len = len(data__strings_value__version)
                                    if data__strings_value__version_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.version".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "leaflet_code" in data__strings_value_keys:
                                data__strings_value_keys.remove("leaflet_code")
                                data__strings_value__leafletcode = data__strings_value["leaflet_code"]
                                if not isinstance(data__strings_value__leafletcode, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.leaflet_code".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__leafletcode, str):
                                    data__strings_value__leafletcode_len = len(data__strings_value__leafletcode)
                                    if data__strings_value__leafletcode_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.leaflet_code".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "feedback" in data__strings_value_keys:
                                data__strings_value_keys.remove("feedback")
                                data__strings_value__feedback = data__strings_value["feedback"]
                                if not isinstance(data__strings_value__feedback, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.feedback".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__feedback, str):
                                    data__strings_value__feedback_len = len(data__strings_value__feedback)
                                    if data__strings_value__feedback_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.feedback".format(**locals()) + " must be longer than or equal to 1 characters")
                            if "draft_watermark" in data__strings_value_keys:
                                data__strings_value_keys.remove("draft_watermark")
                                data__strings_value__draftwatermark = data__strings_value["draft_watermark"]
                                if not isinstance(data__strings_value__draftwatermark, (str)):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.draft_watermark".format(**locals()) + " must be string")
                                if isinstance(data__strings_value__draftwatermark, str):
                                    data__strings_value__draftwatermark_len = len(data__strings_value__draftwatermark)
                                    if data__strings_value__draftwatermark_len < 1:
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}.draft_watermark".format(**locals()) + " must be longer than or equal to 1 characters")
                            if data__strings_value_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings.{data__strings_key}".format(**locals()) + " must not contain "+str(data__strings_value_keys)+" properties")
                if data__strings_len != 0:
                    data__strings_property_names = True
                    for data__strings_key in data__strings:
                        try:
                            validate____defs_language(data__strings_key, custom_formats, (name_prefix or "data") + ".strings")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__strings_property_names = False
                    if not data__strings_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".strings must be named by propertyName definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_section(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'heading', 'blocks']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z0-9][a-z0-9-]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z0-9][a-z0-9-]*$")
        if "heading" in data_keys:
            data_keys.remove("heading")
            data__heading = data["heading"]
            validate____defs_text(data__heading, custom_formats, (name_prefix or "data") + ".heading")
        if "required" in data_keys:
            data_keys.remove("required")
            data__required = data["required"]
            if not isinstance(data__required, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".required must be boolean")
        if "blocks" in data_keys:
            data_keys.remove("blocks")
            data__blocks = data["blocks"]
            if not isinstance(data__blocks, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".blocks must be array")
            data__blocks_is_list = isinstance(data__blocks, (list, tuple))
            if data__blocks_is_list:
                data__blocks_len = len(data__blocks)
                if data__blocks_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".blocks must contain at least 1 items")
                for data__blocks_x, data__blocks_item in enumerate(data__blocks):
                    validate____defs_block(data__blocks_item, custom_formats, (name_prefix or "data") + ".blocks[{data__blocks_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_block(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 properties")
        if data_len > 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain less than or equal to 1 properties")
        data_keys = set(data.keys())
        if "paragraph" in data_keys:
            data_keys.remove("paragraph")
            data__paragraph = data["paragraph"]
            validate____defs_text(data__paragraph, custom_formats, (name_prefix or "data") + ".paragraph")
        if "bullets" in data_keys:
            data_keys.remove("bullets")
            data__bullets = data["bullets"]
            validate____defs_texts(data__bullets, custom_formats, (name_prefix or "data") + ".bullets")
        if "steps" in data_keys:
            data_keys.remove("steps")
            data__steps = data["steps"]
            validate____defs_texts(data__steps, custom_formats, (name_prefix or "data") + ".steps")
        if "checklist" in data_keys:
            data_keys.remove("checklist")
            data__checklist = data["checklist"]
            validate____defs_texts(data__checklist, custom_formats, (name_prefix or "data") + ".checklist")
        if "callout" in data_keys:
            data_keys.remove("callout")
            data__callout = data["callout"]
            if not isinstance(data__callout, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".callout must be object")
            data__callout_any_of_count2 = 0
            if not data__callout_any_of_count2:
                try:
                    data__callout_is_dict = isinstance(data__callout, dict)
                    if data__callout_is_dict:
                        data__callout__missing_keys = set(['text']) - data__callout.keys()
                        if data__callout__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".callout must contain ")
                    data__callout_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__callout_any_of_count2:
                try:
                    data__callout_is_dict = isinstance(data__callout, dict)
                    if data__callout_is_dict:
                        data__callout__missing_keys = set(['bullets']) - data__callout.keys()
                        if data__callout__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".callout must contain ")
                    data__callout_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__callout_any_of_count2:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".callout cannot be validated by any definition")
            data__callout_is_dict = isinstance(data__callout, dict)
            if data__callout_is_dict:
                data__callout_keys = set(data__callout.keys())
                if "style" in data__callout_keys:
                    data__callout_keys.remove("style")
                    data__callout__style = data__callout["style"]
                    if not (isinstance(data__callout__style, str) and data__callout__style == 'key-points' or isinstance(data__callout__style, str) and data__callout__style == 'warning' or isinstance(data__callout__style, str) and data__callout__style == 'tip'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".callout.style must be one of ['key-points', 'warning', 'tip']")
                if "title" in data__callout_keys:
                    data__callout_keys.remove("title")
                    data__callout__title = data__callout["title"]
                    validate____defs_text(data__callout__title, custom_formats, (name_prefix or "data") + ".callout.title")
                if "text" in data__callout_keys:
                    data__callout_keys.remove("text")
                    data__callout__text = data__callout["text"]
                    validate____defs_text(data__callout__text, custom_formats, (name_prefix or "data") + ".callout.text")
                if "bullets" in data__callout_keys:
                    data__callout_keys.remove("bullets")
                    data__callout__bullets = data__callout["bullets"]
                    validate____defs_texts(data__callout__bullets, custom_formats, (name_prefix or "data") + ".callout.bullets")
                if data__callout_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".callout must not contain "+str(data__callout_keys)+" properties")
        if "image" in data_keys:
            data_keys.remove("image")
            data__image = data["image"]
            if not isinstance(data__image, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".image must be object")
            data__image_is_dict = isinstance(data__image, dict)
            if data__image_is_dict:
                data__image__missing_keys = set(['src', 'alt']) - data__image.keys()
                if data__image__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".image must contain ")
                data__image_keys = set(data__image.keys())
                if "src" in data__image_keys:
                    data__image_keys.remove("src")
                    data__image__src = data__image["src"]
                    if not isinstance(data__image__src, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".image.src must be string")
                    if isinstance(data__image__src, str):
                        data__image__src_len = len(data__image__src)
                        if data__image__src_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".image.src must be longer than or equal to 1 characters")
                if "alt" in data__image_keys:
                    data__image_keys.remove("alt")
                    data__image__alt = data__image["alt"]
                    validate____defs_text(data__image__alt, custom_formats, (name_prefix or "data") + ".image.alt")
                if "caption" in data__image_keys:
                    data__image_keys.remove("caption")
                    data__image__caption = data__image["caption"]
                    validate____defs_text(data__image__caption, custom_formats, (name_prefix or "data") + ".image.caption")
                if "width" in data__image_keys:
                    data__image_keys.remove("width")
                    data__image__width = data__image["width"]
                    if not isinstance(data__image__width, (int, float, Decimal)) or isinstance(data__image__width, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".image.width must be number")
                    if isinstance(data__image__width, (int, float, Decimal)) and not isinstance(data__image__width, bool):
                        if data__image__width > 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".image.width must be smaller than or equal to 1")
                        if data__image__width <= 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".image.width must be bigger than 0")
                if data__image_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".image must not contain "+str(data__image_keys)+" properties")
        if "table" in data_keys:
            data_keys.remove("table")
            data__table = data["table"]
            if not isinstance(data__table, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".table must be object")
            data__table_is_dict = isinstance(data__table, dict)
            if data__table_is_dict:
                data__table__missing_keys = set(['header', 'rows']) - data__table.keys()
                if data__table__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".table must contain ")
                data__table_keys = set(data__table.keys())
                if "header" in data__table_keys:
                    data__table_keys.remove("header")
                    data__table__header = data__table["header"]
                    validate____defs_texts(data__table__header, custom_formats, (name_prefix or "data") + ".table.header")
                if "rows" in data__table_keys:
                    data__table_keys.remove("rows")
                    data__table__rows = data__table["rows"]
                    if not isinstance(data__table__rows, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".table.rows must be array")
                    data__table__rows_is_list = isinstance(data__table__rows, (list, tuple))
                    if data__table__rows_is_list:
                        data__table__rows_len = len(data__table__rows)
                        if data__table__rows_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".table.rows must contain at least 1 items")
                        for data__table__rows_x, data__table__rows_item in enumerate(data__table__rows):
                            validate____defs_texts(data__table__rows_item, custom_formats, (name_prefix or "data") + ".table.rows[{data__table__rows_x}]".format(**locals()))
                if data__table_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".table must not contain "+str(data__table_keys)+" properties")
        if "faq" in data_keys:
            data_keys.remove("faq")
            data__faq = data["faq"]
            if not isinstance(data__faq, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".faq must be array")
            data__faq_is_list = isinstance(data__faq, (list, tuple))
            if data__faq_is_list:
                data__faq_len = len(data__faq)
                if data__faq_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".faq must contain at least 1 items")
                for data__faq_x, data__faq_item in enumerate(data__faq):
                    if not isinstance(data__faq_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".faq[{data__faq_x}]".format(**locals()) + " must be object")
                    data__faq_item_is_dict = isinstance(data__faq_item, dict)
                    if data__faq_item_is_dict:
                        data__faq_item__missing_keys = set(['q', 'a']) - data__faq_item.keys()
                        if data__faq_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".faq[{data__faq_x}]".format(**locals()) + " must contain ")
                        data__faq_item_keys = set(data__faq_item.keys())
                        if "q" in data__faq_item_keys:
                            data__faq_item_keys.remove("q")
                            data__faq_item__q = data__faq_item["q"]
                            validate____defs_text(data__faq_item__q, custom_formats, (name_prefix or "data") + ".faq[{data__faq_x}].q".format(**locals()))
                        if "a" in data__faq_item_keys:
                            data__faq_item_keys.remove("a")
                            data__faq_item__a = data__faq_item["a"]
                            validate____defs_text(data__faq_item__a, custom_formats, (name_prefix or "data") + ".faq[{data__faq_x}].a".format(**locals()))
                        if data__faq_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".faq[{data__faq_x}]".format(**locals()) + " must not contain "+str(data__faq_item_keys)+" properties")
        if "notes" in data_keys:
            data_keys.remove("notes")
            data__notes = data["notes"]
            if not isinstance(data__notes, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes must be object")
            data__notes_is_dict = isinstance(data__notes, dict)
            if data__notes_is_dict:
                data__notes__missing_keys = set(['lines']) - data__notes.keys()
                if data__notes__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes must contain ")
                data__notes_keys = set(data__notes.keys())
                if "title" in data__notes_keys:
                    data__notes_keys.remove("title")
                    data__notes__title = data__notes["title"]
                    validate____defs_text(data__notes__title, custom_formats, (name_prefix or "data") + ".notes.title")
                if "lines" in data__notes_keys:
                    data__notes_keys.remove("lines")
                    data__notes__lines = data__notes["lines"]
                    if not isinstance(data__notes__lines, (int)) and not (isinstance(data__notes__lines, float) and data__notes__lines.is_integer()) or isinstance(data__notes__lines, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes.lines must be integer")
                    if isinstance(data__notes__lines, (int, float, Decimal)) and not isinstance(data__notes__lines, bool):
                        if data__notes__lines < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes.lines must be bigger than or equal to 1")
                        if data__notes__lines > 40:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes.lines must be smaller than or equal to 40")
                if data__notes_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes must not contain "+str(data__notes_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_texts(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array")
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 items")
        for data_x, data_item in enumerate(data):
            validate____defs_text(data_item, custom_formats, (name_prefix or "data") + "[{data_x}]".format(**locals()))
    return data

def validate____defs_clinic(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate____defs_text(data__name, custom_formats, (name_prefix or "data") + ".name")
        if "logo" in data_keys:
            data_keys.remove("logo")
            data__logo = data["logo"]
            if not isinstance(data__logo, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".logo must be string")
            if isinstance(data__logo, str):
                data__logo_len = len(data__logo)
                if data__logo_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".logo must be longer than or equal to 1 characters")
        if "colors" in data_keys:
            data_keys.remove("colors")
            data__colors = data["colors"]
            if not isinstance(data__colors, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".colors must be object")
            data__colors_is_dict = isinstance(data__colors, dict)
            if data__colors_is_dict:
                data__colors_keys = set(data__colors.keys())
                if "primary" in data__colors_keys:
                    data__colors_keys.remove("primary")
                    data__colors__primary = data__colors["primary"]
                    validate____defs_brand_color(data__colors__primary, custom_formats, (name_prefix or "data") + ".colors.primary")
                if "accent" in data__colors_keys:
                    data__colors_keys.remove("accent")
                    data__colors__accent = data__colors["accent"]
                    validate____defs_brand_color(data__colors__accent, custom_formats, (name_prefix or "data") + ".colors.accent")
                if data__colors_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".colors must not contain "+str(data__colors_keys)+" properties")
        if "fonts" in data_keys:
            data_keys.remove("fonts")
            data__fonts = data["fonts"]
            if not isinstance(data__fonts, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fonts must be object")
            data__fonts_is_dict = isinstance(data__fonts, dict)
            if data__fonts_is_dict:
                data__fonts_keys = set(data__fonts.keys())
                if "body" in data__fonts_keys:
                    data__fonts_keys.remove("body")
                    data__fonts__body = data__fonts["body"]
                    if not isinstance(data__fonts__body, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".fonts.body must be string")
                    if isinstance(data__fonts__body, str):
                        data__fonts__body_len = len(data__fonts__body)
                        if data__fonts__body_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".fonts.body must be longer than or equal to 1 characters")
                if "heading" in data__fonts_keys:
                    data__fonts_keys.remove("heading")
                    data__fonts__heading = data__fonts["heading"]
                    if not isinstance(data__fonts__heading, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".fonts.heading must be string")
                    if isinstance(data__fonts__heading, str):
                        data__fonts__heading_len = len(data__fonts__heading)
                        if data__fonts__heading_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".fonts.heading must be longer than or equal to 1 characters")
                if data__fonts_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".fonts must not contain "+str(data__fonts_keys)+" properties")
        if "contact" in data_keys:
            data_keys.remove("contact")
            data__contact = data["contact"]
            if not isinstance(data__contact, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact must be object")
            data__contact_is_dict = isinstance(data__contact, dict)
            if data__contact_is_dict:
                data__contact_keys = set(data__contact.keys())
                if "phone" in data__contact_keys:
                    data__contact_keys.remove("phone")
                    data__contact__phone = data__contact["phone"]
                    validate____defs_text(data__contact__phone, custom_formats, (name_prefix or "data") + ".contact.phone")
                if "email" in data__contact_keys:
                    data__contact_keys.remove("email")
                    data__contact__email = data__contact["email"]
                    if not isinstance(data__contact__email, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact.email must be string")
                    if isinstance(data__contact__email, str):
                        if not REGEX_PATTERNS['^[^@\\s]+@[^@\\s]+$'].search(data__contact__email):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact.email must match pattern ^[^@\\s]+@[^@\\s]+$")
                if "website" in data__contact_keys:
                    data__contact_keys.remove("website")
                    data__contact__website = data__contact["website"]
                    validate____defs_url(data__contact__website, custom_formats, (name_prefix or "data") + ".contact.website")
                if "address" in data__contact_keys:
                    data__contact_keys.remove("address")
                    data__contact__address = data__contact["address"]
                    validate____defs_text(data__contact__address, custom_formats, (name_prefix or "data") + ".contact.address")
                if "hours" in data__contact_keys:
                    data__contact_keys.remove("hours")
                    data__contact__hours = data__contact["hours"]
                    validate____defs_text(data__contact__hours, custom_formats, (name_prefix or "data") + ".contact.hours")
                if data__contact_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact must not contain "+str(data__contact_keys)+" properties")
        if "qr" in data_keys:
            data_keys.remove("qr")
            data__qr = data["qr"]
            validate____defs_url(data__qr, custom_formats, (name_prefix or "data") + ".qr")
        if "feedback" in data_keys:
            data_keys.remove("feedback")
            data__feedback = data["feedback"]
            if not isinstance(data__feedback, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".feedback must be string")
            if isinstance(data__feedback, str):
                if not REGEX_PATTERNS['^([^@\\s]+@[^@\\s]+|https?://[^\\s]+|\\+?[0-9][0-9 ()./-]{4,})$'].search(data__feedback):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".feedback must match pattern ^([^@\\s]+@[^@\\s]+|https?://[^\\s]+|\\+?[0-9][0-9 ()./-]{4,})$")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_url(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        if not REGEX_PATTERNS['^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$")
    return data

def validate____defs_brand_color(data, custom_formats={}, name_prefix=None):
    data_any_of_count3 = 0
    if not data_any_of_count3:
        try:
            validate____defs_color(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count3 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count3:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['rgb', 'cmyk']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
                data_keys = set(data.keys())
                if "rgb" in data_keys:
                    data_keys.remove("rgb")
                    data__rgb = data["rgb"]
                    validate____defs_color(data__rgb, custom_formats, (name_prefix or "data") + ".rgb")
                if "cmyk" in data_keys:
                    data_keys.remove("cmyk")
                    data__cmyk = data["cmyk"]
                    if not isinstance(data__cmyk, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".cmyk must be array")
                    data__cmyk_is_list = isinstance(data__cmyk, (list, tuple))
                    if data__cmyk_is_list:
                        data__cmyk_len = len(data__cmyk)
                        if data__cmyk_len < 4:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".cmyk must contain at least 4 items")
                        if data__cmyk_len > 4:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".cmyk must contain less than or equal to 4 items")
                        for data__cmyk_x, data__cmyk_item in enumerate(data__cmyk):
                            if not isinstance(data__cmyk_item, (int, float, Decimal)) or isinstance(data__cmyk_item, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cmyk[{data__cmyk_x}]".format(**locals()) + " must be number")
                            if isinstance(data__cmyk_item, (int, float, Decimal)) and not isinstance(data__cmyk_item, bool):
                                if data__cmyk_item < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".cmyk[{data__cmyk_x}]".format(**locals()) + " must be bigger than or equal to 0")
                                if data__cmyk_item > 100:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".cmyk[{data__cmyk_x}]".format(**locals()) + " must be smaller than or equal to 100")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count3 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count3:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate____defs_color(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        if not REGEX_PATTERNS['^#[0-9A-Fa-f]{6}$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^#[0-9A-Fa-f]{6}$")
    return data

def validate____defs_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str, dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string or object")
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 properties")
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be string")
                if isinstance(data_value, str):
                    data_value_len = len(data_value)
                    if data_value_len < 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be longer than or equal to 1 characters")
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    validate____defs_language(data_key, custom_formats, (name_prefix or "data") + "")
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be named by propertyName definition")
    return data

def validate____defs_grade(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (int, float, Decimal)) or isinstance(data, bool):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be number")
    if isinstance(data, (int, float, Decimal)) and not isinstance(data, bool):
        if data < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be bigger than or equal to 1")
        if data > 18:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be smaller than or equal to 18")
    return data

def validate____defs_date(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[0-9]{4}-[0-9]{2}-[0-9]{2}$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
    return data

def validate____defs_language(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    return data