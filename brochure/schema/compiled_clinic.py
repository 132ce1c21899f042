# Generated from content.schema.json by `python -m brochure.schema.compile`: do not edit.
# flake8: noqa
SCHEMA_SHA256 = '25751970c6741f21b0208c29c7c261e868f5f6c99995f2978927639420150487'
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[^@\\s]+@[^@\\s]+$': re.compile('^[^@\\s]+@[^@\\s]+\\Z'),
    '^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$': re.compile('^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)\\Z'),
    '^#[0-9A-Fa-f]{6}$': re.compile('^#[0-9A-Fa-f]{6}\\Z'),
    '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': re.compile('^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate____defs_clinic(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate____defs_clinic(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'additionalProperties': False, 'properties': {'name': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'logo': {'type': 'string', 'minLength': 1, 'description': 'PNG, JPEG or SVG file, relative to this file'}, 'colors': {'type': 'object', 'additionalProperties': False, 'properties': {'primary': {'type': 'string', 'pattern': '^#[0-9A-Fa-f]{6}$', 'x-hint': 'write colours as "#RRGGBB" in quotes, e.g. "#1F4E79"'}, 'accent': {'type': 'string', 'pattern': '^#[0-9A-Fa-f]{6}$', 'x-hint': 'write colours as "#RRGGBB" in quotes, e.g. "#1F4E79"'}}}, 'fonts': {'type': 'object', 'additionalProperties': False, 'properties': {'body': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1}}}, 'contact': {'type': 'object', 'additionalProperties': False, 'properties': {'phone': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'string', 'pattern': '^[^@\\s]+@[^@\\s]+$', 'x-hint': 'write an address like info@clinic.example'}, 'website': {'type': 'string', 'pattern': '^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$', 'x-hint': 'use a full address starting with https://'}, 'address': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'hours': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}}}, 'qr': {'type': 'string', 'pattern': '^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$', 'x-hint': 'use a full address starting with https://'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'additionalProperties': False, 'properties': {'name': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'logo': {'type': 'string', 'minLength': 1, 'description': 'PNG, JPEG or SVG file, relative to this file'}, 'colors': {'type': 'object', 'additionalProperties': False, 'properties': {'primary': {'type': 'string', 'pattern': '^#[0-9A-Fa-f]{6}$', 'x-hint': 'write colours as "#RRGGBB" in quotes, e.g. "#1F4E79"'}, 'accent': {'type': 'string', 'pattern': '^#[0-9A-Fa-f]{6}$', 'x-hint': 'write colours as "#RRGGBB" in quotes, e.g. "#1F4E79"'}}}, 'fonts': {'type': 'object', 'additionalProperties': False, 'properties': {'body': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1}}}, 'contact': {'type': 'object', 'additionalProperties': False, 'properties': {'phone': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'string', 'pattern': '^[^@\\s]+@[^@\\s]+$', 'x-hint': 'write an address like info@clinic.example'}, 'website': {'type': 'string', 'pattern': '^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$', 'x-hint': 'use a full address starting with https://'}, 'address': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'hours': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}}}, 'qr': {'type': 'string', 'pattern': '^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$', 'x-hint': 'use a full address starting with https://'}}}, rule='required')
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate____defs_text(data__name, custom_formats, (name_prefix or "data") + ".name")
        if "logo" in data_keys:
            data_keys.remove("logo")
            data__logo = data["logo"]
            if not isinstance(data__logo, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".logo must be string", value=data__logo, name="" + (name_prefix or "data") + ".logo", definition={'type': 'string', 'minLength': 1, 'description': 'PNG, JPEG or SVG file, relative to this file'}, rule='type')
            if isinstance(data__logo, str):
                data__logo_len = len(data__logo)
                if data__logo_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".logo must be longer than or equal to 1 characters", value=data__logo, name="" + (name_prefix or "data") + ".logo", definition={'type': 'string', 'minLength': 1, 'description': 'PNG, JPEG or SVG file, relative to this file'}, rule='minLength')
        if "colors" in data_keys:
            data_keys.remove("colors")
            data__colors = data["colors"]
            if not isinstance(data__colors, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".colors must be object", value=data__colors, name="" + (name_prefix or "data") + ".colors", definition={'type': 'object', 'additionalProperties': False, 'properties': {'primary': {'type': 'string', 'pattern': '^#[0-9A-Fa-f]{6}$', 'x-hint': 'write colours as "#RRGGBB" in quotes, e.g. "#1F4E79"'}, 'accent': {'type': 'string', 'pattern': '^#[0-9A-Fa-f]{6}$', 'x-hint': 'write colours as "#RRGGBB" in quotes, e.g. "#1F4E79"'}}}, rule='type')
            data__colors_is_dict = isinstance(data__colors, dict)
            if data__colors_is_dict:
                data__colors_keys = set(data__colors.keys())
                if "primary" in data__colors_keys:
                    data__colors_keys.remove("primary")
                    data__colors__primary = data__colors["primary"]
                    validate____defs_color(data__colors__primary, custom_formats, (name_prefix or "data") + ".colors.primary")
                if "accent" in data__colors_keys:
                    data__colors_keys.remove("accent")
                    data__colors__accent = data__colors["accent"]
                    validate____defs_color(data__colors__accent, custom_formats, (name_prefix or "data") + ".colors.accent")
                if data__colors_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".colors must not contain "+str(data__colors_keys)+" properties", value=data__colors, name="" + (name_prefix or "data") + ".colors", definition={'type': 'object', 'additionalProperties': False, 'properties': {'primary': {'type': 'string', 'pattern': '^#[0-9A-Fa-f]{6}$', 'x-hint': 'write colours as "#RRGGBB" in quotes, e.g. "#1F4E79"'}, 'accent': {'type': 'string', 'pattern': '^#[0-9A-Fa-f]{6}$', 'x-hint': 'write colours as "#RRGGBB" in quotes, e.g. "#1F4E79"'}}}, rule='additionalProperties')
        if "fonts" in data_keys:
            data_keys.remove("fonts")
            data__fonts = data["fonts"]
            if not isinstance(data__fonts, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fonts must be object", value=data__fonts, name="" + (name_prefix or "data") + ".fonts", definition={'type': 'object', 'additionalProperties': False, 'properties': {'body': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1}}}, rule='type')
            data__fonts_is_dict = isinstance(data__fonts, dict)
            if data__fonts_is_dict:
                data__fonts_keys = set(data__fonts.keys())
                if "body" in data__fonts_keys:
                    data__fonts_keys.remove("body")
                    data__fonts__body = data__fonts["body"]
                    if not isinstance(data__fonts__body, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".fonts.body must be string", value=data__fonts__body, name="" + (name_prefix or "data") + ".fonts.body", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__fonts__body, str):
                        data__fonts__body_len = len(data__fonts__body)
                        if data__fonts__body_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".fonts.body must be longer than or equal to 1 characters", value=data__fonts__body, name="" + (name_prefix or "data") + ".fonts.body", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if "heading" in data__fonts_keys:
                    data__fonts_keys.remove("heading")
                    data__fonts__heading = data__fonts["heading"]
                    if not isinstance(data__fonts__heading, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".fonts.heading must be string", value=data__fonts__heading, name="" + (name_prefix or "data") + ".fonts.heading", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__fonts__heading, str):
                        data__fonts__heading_len = len(data__fonts__heading)
                        if data__fonts__heading_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".fonts.heading must be longer than or equal to 1 characters", value=data__fonts__heading, name="" + (name_prefix or "data") + ".fonts.heading", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if data__fonts_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".fonts must not contain "+str(data__fonts_keys)+" properties", value=data__fonts, name="" + (name_prefix or "data") + ".fonts", definition={'type': 'object', 'additionalProperties': False, 'properties': {'body': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1}}}, rule='additionalProperties')
        if "contact" in data_keys:
            data_keys.remove("contact")
            data__contact = data["contact"]
            if not isinstance(data__contact, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact must be object", value=data__contact, name="" + (name_prefix or "data") + ".contact", definition={'type': 'object', 'additionalProperties': False, 'properties': {'phone': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'string', 'pattern': '^[^@\\s]+@[^@\\s]+$', 'x-hint': 'write an address like info@clinic.example'}, 'website': {'type': 'string', 'pattern': '^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$', 'x-hint': 'use a full address starting with https://'}, 'address': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'hours': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}}}, rule='type')
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
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact.email must be string", value=data__contact__email, name="" + (name_prefix or "data") + ".contact.email", definition={'type': 'string', 'pattern': '^[^@\\s]+@[^@\\s]+$', 'x-hint': 'write an address like info@clinic.example'}, rule='type')
                    if isinstance(data__contact__email, str):
                        if not REGEX_PATTERNS['^[^@\\s]+@[^@\\s]+$'].search(data__contact__email):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact.email must match pattern ^[^@\\s]+@[^@\\s]+$", value=data__contact__email, name="" + (name_prefix or "data") + ".contact.email", definition={'type': 'string', 'pattern': '^[^@\\s]+@[^@\\s]+$', 'x-hint': 'write an address like info@clinic.example'}, rule='pattern')
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
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact must not contain "+str(data__contact_keys)+" properties", value=data__contact, name="" + (name_prefix or "data") + ".contact", definition={'type': 'object', 'additionalProperties': False, 'properties': {'phone': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'string', 'pattern': '^[^@\\s]+@[^@\\s]+$', 'x-hint': 'write an address like info@clinic.example'}, 'website': {'type': 'string', 'pattern': '^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$', 'x-hint': 'use a full address starting with https://'}, 'address': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'hours': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}}}, rule='additionalProperties')
        if "qr" in data_keys:
            data_keys.remove("qr")
            data__qr = data["qr"]
            validate____defs_url(data__qr, custom_formats, (name_prefix or "data") + ".qr")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'additionalProperties': False, 'properties': {'name': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'logo': {'type': 'string', 'minLength': 1, 'description': 'PNG, JPEG or SVG file, relative to this file'}, 'colors': {'type': 'object', 'additionalProperties': False, 'properties': {'primary': {'type': 'string', 'pattern': '^#[0-9A-Fa-f]{6}$', 'x-hint': 'write colours as "#RRGGBB" in quotes, e.g. "#1F4E79"'}, 'accent': {'type': 'string', 'pattern': '^#[0-9A-Fa-f]{6}$', 'x-hint': 'write colours as "#RRGGBB" in quotes, e.g. "#1F4E79"'}}}, 'fonts': {'type': 'object', 'additionalProperties': False, 'properties': {'body': {'type': 'string', 'minLength': 1}, 'heading': {'type': 'string', 'minLength': 1}}}, 'contact': {'type': 'object', 'additionalProperties': False, 'properties': {'phone': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'string', 'pattern': '^[^@\\s]+@[^@\\s]+$', 'x-hint': 'write an address like info@clinic.example'}, 'website': {'type': 'string', 'pattern': '^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$', 'x-hint': 'use a full address starting with https://'}, 'address': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'hours': {'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'$ref': '#/$defs/language'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}}}, 'qr': {'type': 'string', 'pattern': '^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$', 'x-hint': 'use a full address starting with https://'}}}, rule='additionalProperties')
    return data

def validate____defs_url(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$', 'x-hint': 'use a full address starting with https://'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^(https?://[^\\s]+|mailto:[^\\s]+|tel:[^\\s]+)$', 'x-hint': 'use a full address starting with https://'}, rule='pattern')
    return data

def validate____defs_color(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^#[0-9A-Fa-f]{6}$', 'x-hint': 'write colours as "#RRGGBB" in quotes, e.g. "#1F4E79"'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^#[0-9A-Fa-f]{6}$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^#[0-9A-Fa-f]{6}$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^#[0-9A-Fa-f]{6}$', 'x-hint': 'write colours as "#RRGGBB" in quotes, e.g. "#1F4E79"'}, rule='pattern')
    return data

def validate____defs_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str, dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string or object", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', 'x-hint': 'use a language tag such as en, es, fr, de, pt-BR or zh-Hans'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', 'x-hint': 'use a language tag such as en, es, fr, de, pt-BR or zh-Hans'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, rule='minLength')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 properties", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', 'x-hint': 'use a language tag such as en, es, fr, de, pt-BR or zh-Hans'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, rule='minProperties')
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be string", value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                if isinstance(data_value, str):
                    data_value_len = len(data_value)
                    if data_value_len < 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be longer than or equal to 1 characters", value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    validate____defs_language(data_key, custom_formats, (name_prefix or "data") + "")
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be named by propertyName definition", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'a text: one string for every language, or a mapping from language tag to string', 'type': ['string', 'object'], 'minLength': 1, 'minProperties': 1, 'propertyNames': {'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', 'x-hint': 'use a language tag such as en, es, fr, de, pt-BR or zh-Hans'}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, rule='propertyNames')
    return data

def validate____defs_language(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', 'x-hint': 'use a language tag such as en, es, fr, de, pt-BR or zh-Hans'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', 'x-hint': 'use a language tag such as en, es, fr, de, pt-BR or zh-Hans'}, rule='pattern')
    return data