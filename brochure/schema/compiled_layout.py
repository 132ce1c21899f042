# Generated from layout.schema.json by `python -m brochure.schema.compile`: do not edit.
# flake8: noqa
SCHEMA_SHA256 = 'c7bd6515b88021c4dae54cac68455d7b5ef3ecee423f300df94c43e681ca678c'
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^-?[0-9]+(\\.[0-9]+)?\\s*(mm|cm|in|pt)$': re.compile('^-?[0-9]+(\\.[0-9]+)?\\s*(mm|cm|in|pt)\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['description', 'page']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
            if isinstance(data__description, str):
                data__description_len = len(data__description)
                if data__description_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be longer than or equal to 1 characters")
        if "page" in data_keys:
            data_keys.remove("page")
            data__page = data["page"]
            if not isinstance(data__page, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must be object")
            data__page_one_of_count1 = 0
            if data__page_one_of_count1 < 2:
                try:
                    data__page_is_dict = isinstance(data__page, dict)
                    if data__page_is_dict:
                        data__page__missing_keys = set(['size']) - data__page.keys()
                        if data__page__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must contain ")
                    data__page_one_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__page_one_of_count1 < 2:
                try:
                    data__page_is_dict = isinstance(data__page, dict)
                    if data__page_is_dict:
                        data__page__missing_keys = set(['width', 'height']) - data__page.keys()
                        if data__page__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must contain ")
                    data__page_one_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__page_one_of_count1 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must be valid exactly by one definition")
            data__page_is_dict = isinstance(data__page, dict)
            if data__page_is_dict:
                data__page_keys = set(data__page.keys())
                if "size" in data__page_keys:
                    data__page_keys.remove("size")
                    data__page__size = data__page["size"]
                    if not (isinstance(data__page__size, str) and data__page__size == 'A4' or isinstance(data__page__size, str) and data__page__size == 'A5' or isinstance(data__page__size, str) and data__page__size == 'A3' or isinstance(data__page__size, str) and data__page__size == 'letter' or isinstance(data__page__size, str) and data__page__size == 'legal'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".page.size must be one of ['A4', 'A5', 'A3', 'letter', 'legal']")
                if "width" in data__page_keys:
                    data__page_keys.remove("width")
                    data__page__width = data__page["width"]
                    validate____defs_length(data__page__width, custom_formats, (name_prefix or "data") + ".page.width")
                if "height" in data__page_keys:
                    data__page_keys.remove("height")
                    data__page__height = data__page["height"]
                    validate____defs_length(data__page__height, custom_formats, (name_prefix or "data") + ".page.height")
                if "orientation" in data__page_keys:
                    data__page_keys.remove("orientation")
                    data__page__orientation = data__page["orientation"]
                    if not (isinstance(data__page__orientation, str) and data__page__orientation == 'portrait' or isinstance(data__page__orientation, str) and data__page__orientation == 'landscape'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".page.orientation must be one of ['portrait', 'landscape']")
                if data__page_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must not contain "+str(data__page_keys)+" properties")
        if "margins" in data_keys:
            data_keys.remove("margins")
            data__margins = data["margins"]
            if not isinstance(data__margins, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".margins must be object")
            data__margins_is_dict = isinstance(data__margins, dict)
            if data__margins_is_dict:
                data__margins_keys = set(data__margins.keys())
                if "top" in data__margins_keys:
                    data__margins_keys.remove("top")
                    data__margins__top = data__margins["top"]
                    validate____defs_length(data__margins__top, custom_formats, (name_prefix or "data") + ".margins.top")
                if "bottom" in data__margins_keys:
                    data__margins_keys.remove("bottom")
                    data__margins__bottom = data__margins["bottom"]
                    validate____defs_length(data__margins__bottom, custom_formats, (name_prefix or "data") + ".margins.bottom")
                if "left" in data__margins_keys:
                    data__margins_keys.remove("left")
                    data__margins__left = data__margins["left"]
                    validate____defs_length(data__margins__left, custom_formats, (name_prefix or "data") + ".margins.left")
                if "right" in data__margins_keys:
                    data__margins_keys.remove("right")
                    data__margins__right = data__margins["right"]
                    validate____defs_length(data__margins__right, custom_formats, (name_prefix or "data") + ".margins.right")
                if data__margins_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".margins must not contain "+str(data__margins_keys)+" properties")
        if "columns" in data_keys:
            data_keys.remove("columns")
            data__columns = data["columns"]
            if not isinstance(data__columns, (int)) and not (isinstance(data__columns, float) and data__columns.is_integer()) or isinstance(data__columns, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".columns must be integer")
            if isinstance(data__columns, (int, float, Decimal)) and not isinstance(data__columns, bool):
                if data__columns < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".columns must be bigger than or equal to 1")
                if data__columns > 4:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".columns must be smaller than or equal to 4")
        if "gutter" in data_keys:
            data_keys.remove("gutter")
            data__gutter = data["gutter"]
            validate____defs_length(data__gutter, custom_formats, (name_prefix or "data") + ".gutter")
        if "body" in data_keys:
            data_keys.remove("body")
            data__body = data["body"]
            if not isinstance(data__body, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".body must be object")
            data__body_is_dict = isinstance(data__body, dict)
            if data__body_is_dict:
                data__body_keys = set(data__body.keys())
                if "size" in data__body_keys:
                    data__body_keys.remove("size")
                    data__body__size = data__body["size"]
                    if not isinstance(data__body__size, (int, float, Decimal)) or isinstance(data__body__size, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".body.size must be number")
                    if isinstance(data__body__size, (int, float, Decimal)) and not isinstance(data__body__size, bool):
                        if data__body__size < 9:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".body.size must be bigger than or equal to 9")
                        if data__body__size > 36:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".body.size must be smaller than or equal to 36")
                if "leading" in data__body_keys:
                    data__body_keys.remove("leading")
                    data__body__leading = data__body["leading"]
                    if not isinstance(data__body__leading, (int, float, Decimal)) or isinstance(data__body__leading, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".body.leading must be number")
                    if isinstance(data__body__leading, (int, float, Decimal)) and not isinstance(data__body__leading, bool):
                        if data__body__leading < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".body.leading must be bigger than or equal to 1")
                        if data__body__leading > 3:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".body.leading must be smaller than or equal to 3")
                if "min_size" in data__body_keys:
                    data__body_keys.remove("min_size")
                    data__body__minsize = data__body["min_size"]
                    if not isinstance(data__body__minsize, (int, float, Decimal)) or isinstance(data__body__minsize, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".body.min_size must be number")
                    if isinstance(data__body__minsize, (int, float, Decimal)) and not isinstance(data__body__minsize, bool):
                        if data__body__minsize < 9:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".body.min_size must be bigger than or equal to 9")
                        if data__body__minsize > 36:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".body.min_size must be smaller than or equal to 36")
                if data__body_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".body must not contain "+str(data__body_keys)+" properties")
        if "cover" in data_keys:
            data_keys.remove("cover")
            data__cover = data["cover"]
            if not isinstance(data__cover, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cover must be object")
            data__cover_is_dict = isinstance(data__cover, dict)
            if data__cover_is_dict:
                data__cover_keys = set(data__cover.keys())
                if "band" in data__cover_keys:
                    data__cover_keys.remove("band")
                    data__cover__band = data__cover["band"]
                    validate____defs_length(data__cover__band, custom_formats, (name_prefix or "data") + ".cover.band")
                if data__cover_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".cover must not contain "+str(data__cover_keys)+" properties")
        if "back_page" in data_keys:
            data_keys.remove("back_page")
            data__backpage = data["back_page"]
            if not isinstance(data__backpage, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".back_page must be boolean")
        if "hyphenate" in data_keys:
            data_keys.remove("hyphenate")
            data__hyphenate = data["hyphenate"]
            if not isinstance(data__hyphenate, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".hyphenate must be boolean")
        if "italics" in data_keys:
            data_keys.remove("italics")
            data__italics = data["italics"]
            if not isinstance(data__italics, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".italics must be boolean")
        if "min_contrast" in data_keys:
            data_keys.remove("min_contrast")
            data__mincontrast = data["min_contrast"]
            if not isinstance(data__mincontrast, (int, float, Decimal)) or isinstance(data__mincontrast, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".min_contrast must be number")
            if isinstance(data__mincontrast, (int, float, Decimal)) and not isinstance(data__mincontrast, bool):
                if data__mincontrast < 3:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".min_contrast must be bigger than or equal to 3")
                if data__mincontrast > 21:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".min_contrast must be smaller than or equal to 21")
        if "furniture" in data_keys:
            data_keys.remove("furniture")
            data__furniture = data["furniture"]
            if not isinstance(data__furniture, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".furniture must be object")
            data__furniture_is_dict = isinstance(data__furniture, dict)
            if data__furniture_is_dict:
                data__furniture_keys = set(data__furniture.keys())
                if "size" in data__furniture_keys:
                    data__furniture_keys.remove("size")
                    data__furniture__size = data__furniture["size"]
                    if not isinstance(data__furniture__size, (int, float, Decimal)) or isinstance(data__furniture__size, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".furniture.size must be number")
                    if isinstance(data__furniture__size, (int, float, Decimal)) and not isinstance(data__furniture__size, bool):
                        if data__furniture__size < 8:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".furniture.size must be bigger than or equal to 8")
                        if data__furniture__size > 36:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".furniture.size must be smaller than or equal to 36")
                if data__furniture_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".furniture must not contain "+str(data__furniture_keys)+" properties")
        if "fold" in data_keys:
            data_keys.remove("fold")
            data__fold = data["fold"]
            if not isinstance(data__fold, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fold must be object")
            data__fold_is_dict = isinstance(data__fold, dict)
            if data__fold_is_dict:
                data__fold__missing_keys = set(['panels']) - data__fold.keys()
                if data__fold__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".fold must contain ")
                data__fold_keys = set(data__fold.keys())
                if "panels" in data__fold_keys:
                    data__fold_keys.remove("panels")
                    data__fold__panels = data__fold["panels"]
                    if not isinstance(data__fold__panels, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".fold.panels must be array")
                    data__fold__panels_is_list = isinstance(data__fold__panels, (list, tuple))
                    if data__fold__panels_is_list:
                        data__fold__panels_len = len(data__fold__panels)
                        if data__fold__panels_len < 2:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".fold.panels must contain at least 2 items")
                        if data__fold__panels_len > 3:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".fold.panels must contain less than or equal to 3 items")
                        for data__fold__panels_x, data__fold__panels_item in enumerate(data__fold__panels):
                            validate____defs_length(data__fold__panels_item, custom_formats, (name_prefix or "data") + ".fold.panels[{data__fold__panels_x}]".format(**locals()))
                if "overflow" in data__fold_keys:
                    data__fold_keys.remove("overflow")
                    data__fold__overflow = data__fold["overflow"]
                    if not isinstance(data__fold__overflow, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".fold.overflow must be array")
                    data__fold__overflow_is_list = isinstance(data__fold__overflow, (list, tuple))
                    if data__fold__overflow_is_list:
                        def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                        data__fold__overflow_len = len(data__fold__overflow)
                        if data__fold__overflow_len > len(set(fn(data__fold__overflow_x) for data__fold__overflow_x in data__fold__overflow)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".fold.overflow must contain unique items")
                        for data__fold__overflow_x, data__fold__overflow_item in enumerate(data__fold__overflow):
                            if not (isinstance(data__fold__overflow_item, str) and data__fold__overflow_item == 'flap' or isinstance(data__fold__overflow_item, str) and data__fold__overflow_item == 'back'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fold.overflow[{data__fold__overflow_x}]".format(**locals()) + " must be one of ['flap', 'back']")
                if data__fold_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".fold must not contain "+str(data__fold_keys)+" properties")
        if "booklet" in data_keys:
            data_keys.remove("booklet")
            data__booklet = data["booklet"]
            if not isinstance(data__booklet, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".booklet must be boolean")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate____defs_length(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str, int, float, Decimal)) or isinstance(data, bool):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string or number")
    if isinstance(data, str):
        if not REGEX_PATTERNS['^-?[0-9]+(\\.[0-9]+)?\\s*(mm|cm|in|pt)$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^-?[0-9]+(\\.[0-9]+)?\\s*(mm|cm|in|pt)$")
    return data