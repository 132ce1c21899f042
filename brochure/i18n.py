"""Languages: text direction, script, hyphenation dictionary, and the strings the tool itself prints."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

RTL_LANGUAGES = {"ar", "he", "fa", "ur", "yi", "ps"}

# The words the tool prints around the content ("page furniture"), per language.
_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "review_due": "Review due: {date}", "published": "Published: {date}", "version": "Version {version}",
        "leaflet_code": "Leaflet code: {code}", "feedback": "Tell us what you think of this leaflet: {contact}",
        "draft_watermark": "DRAFT – not for patients",
        "glossary": "Words to know",
        "page": "Page {page} of {pages}", "contact": "Contact us", "phone": "Phone", "email": "Email",
        "website": "Website", "address": "Address", "hours": "Opening hours", "updated": "Last updated: {date}",
        "references": "Sources", "qr": "Scan the code to visit our website", "notes": "Notes",
        "key-points": "Key points", "warning": "Warning", "tip": "Tip", "disclaimer": "Please note",
    },
    "es": {
        "review_due": "Próxima revisión: {date}", "published": "Publicado: {date}", "version": "Versión {version}",
        "leaflet_code": "Código del folleto: {code}",
        "feedback": "Díganos qué le parece este folleto: {contact}", "draft_watermark": "BORRADOR – no apto para pacientes",
        "glossary": "Palabras que conviene conocer",
        "page": "Página {page} de {pages}", "contact": "Contacto", "phone": "Teléfono", "email": "Correo electrónico",
        "website": "Sitio web", "address": "Dirección", "hours": "Horario", "updated": "Última actualización: {date}",
        "references": "Fuentes", "qr": "Escanee el código para visitar nuestro sitio web", "notes": "Notas",
        "key-points": "Puntos clave", "warning": "Atención", "tip": "Consejo", "disclaimer": "Tenga en cuenta",
    },
    "fr": {
        "review_due": "Prochaine révision : {date}", "published": "Publié le : {date}", "version": "Version {version}",
        "leaflet_code": "Code du document : {code}",
        "feedback": "Dites-nous ce que vous pensez de ce document : {contact}",
        "draft_watermark": "BROUILLON – pas pour les patients",
        "glossary": "Mots à connaître",
        "page": "Page {page} sur {pages}", "contact": "Nous contacter", "phone": "Téléphone", "email": "E-mail",
        "website": "Site web", "address": "Adresse", "hours": "Horaires d’ouverture",
        "updated": "Dernière mise à jour : {date}", "references": "Sources",
        "qr": "Scannez le code pour consulter notre site web", "notes": "Notes",
        "key-points": "Points clés", "warning": "Attention", "tip": "Conseil", "disclaimer": "À noter",
    },
    "de": {
        "review_due": "Nächste Überprüfung: {date}", "published": "Veröffentlicht: {date}", "version": "Version {version}",
        "leaflet_code": "Merkblatt-Nr.: {code}", "feedback": "Sagen Sie uns Ihre Meinung zu diesem Merkblatt: {contact}",
        "draft_watermark": "ENTWURF – nicht für Patienten",
        "glossary": "Wichtige Begriffe",
        "page": "Seite {page} von {pages}", "contact": "Kontakt", "phone": "Telefon", "email": "E-Mail",
        "website": "Website", "address": "Adresse", "hours": "Öffnungszeiten", "updated": "Zuletzt aktualisiert: {date}",
        "references": "Quellen", "qr": "Scannen Sie den Code, um unsere Website zu besuchen", "notes": "Notizen",
        "key-points": "Das Wichtigste", "warning": "Achtung", "tip": "Tipp", "disclaimer": "Bitte beachten Sie",
    },
    "ar": {
        "review_due": "موعد المراجعة: {date}", "published": "تاريخ النشر: {date}", "version": "الإصدار {version}",
        "leaflet_code": "رمز النشرة: {code}", "feedback": "أخبرونا برأيكم في هذه النشرة: {contact}",
        "draft_watermark": "مسودة – ليست للمرضى",
        "glossary": "كلمات مهمة",
        "page": "صفحة {page} من {pages}", "contact": "اتصل بنا", "phone": "الهاتف", "email": "البريد الإلكتروني",
        "website": "الموقع الإلكتروني", "address": "العنوان", "hours": "ساعات العمل", "updated": "آخر تحديث: {date}",
        "references": "المصادر", "qr": "امسح الرمز لزيارة موقعنا الإلكتروني", "notes": "ملاحظات",
        "key-points": "نقاط أساسية", "warning": "تنبيه", "tip": "نصيحة", "disclaimer": "يرجى الانتباه",
    },
    "he": {
        "review_due": "מועד בדיקה חוזרת: {date}", "published": "פורסם: {date}", "version": "גרסה {version}",
        "leaflet_code": "קוד העלון: {code}", "feedback": "ספרו לנו מה דעתכם על העלון: {contact}",
        "draft_watermark": "טיוטה – לא למטופלים",
        "glossary": "מילים שכדאי להכיר",
        "page": "עמוד {page} מתוך {pages}", "contact": "צרו קשר", "phone": "טלפון", "email": "דוא״ל",
        "website": "אתר אינטרנט", "address": "כתובת", "hours": "שעות פתיחה", "updated": "עודכן לאחרונה: {date}",
        "references": "מקורות", "qr": "סרקו את הקוד כדי לבקר באתר שלנו", "notes": "הערות",
        "key-points": "נקודות עיקריות", "warning": "אזהרה", "tip": "עצה", "disclaimer": "לתשומת לבכם",
    },
    "zh-Hans": {
        "review_due": "下次审核：{date}", "published": "发布日期：{date}", "version": "版本 {version}",
        "leaflet_code": "资料编号：{code}", "feedback": "欢迎告诉我们您对本资料的意见：{contact}",
        "draft_watermark": "草稿 – 请勿发给患者",
        "glossary": "词语解释",
        "page": "第 {page} 页，共 {pages} 页", "contact": "联系我们", "phone": "电话", "email": "电子邮件",
        "website": "网站", "address": "地址", "hours": "开放时间", "updated": "最后更新：{date}",
        "references": "资料来源", "qr": "扫描二维码访问我们的网站", "notes": "笔记",
        "key-points": "要点", "warning": "注意", "tip": "提示", "disclaimer": "请注意",
    },
    "ru": {
        "review_due": "Следующий пересмотр: {date}", "published": "Опубликовано: {date}", "version": "Версия {version}",
        "leaflet_code": "Код буклета: {code}", "feedback": "Расскажите, что вы думаете об этом буклете: {contact}",
        "draft_watermark": "ЧЕРНОВИК – не для пациентов",
        "glossary": "Полезные термины",
        "page": "Страница {page} из {pages}", "contact": "Контакты", "phone": "Телефон", "email": "Эл. почта",
        "website": "Сайт", "address": "Адрес", "hours": "Часы работы", "updated": "Последнее обновление: {date}",
        "references": "Источники", "qr": "Отсканируйте код, чтобы открыть наш сайт", "notes": "Заметки",
        "key-points": "Главное", "warning": "Внимание", "tip": "Совет", "disclaimer": "Обратите внимание",
    },
    "hi": {
        "review_due": "अगली समीक्षा: {date}", "published": "प्रकाशित: {date}", "version": "संस्करण {version}",
        "leaflet_code": "पत्रक कोड: {code}", "feedback": "इस पत्रक पर अपनी राय हमें बताएँ: {contact}",
        "draft_watermark": "मसौदा – मरीज़ों के लिए नहीं",
        "glossary": "जानने योग्य शब्द",
        "page": "पृष्ठ {page} / {pages}", "contact": "संपर्क करें", "phone": "फ़ोन", "email": "ईमेल",
        "website": "वेबसाइट", "address": "पता", "hours": "खुलने का समय", "updated": "अंतिम अपडेट: {date}",
        "references": "स्रोत", "qr": "हमारी वेबसाइट देखने के लिए कोड स्कैन करें", "notes": "नोट्स",
        "key-points": "मुख्य बातें", "warning": "चेतावनी", "tip": "सुझाव", "disclaimer": "कृपया ध्यान दें",
    },
}

# Scripts that need HarfBuzz shaping to be drawn correctly (letters that join or reorder).
_SHAPED_LANGUAGES = {"hi", "mr", "ne", "sa", "bn", "pa", "gu", "ta", "te", "kn", "ml", "si", "th", "km", "my"}
# Scripts written without spaces between words: lines may break between characters.
_CJK_LANGUAGES = {"zh", "ja"}
# How lines break, by language (render/text/line_break.py does the breaking).
_DICTIONARY_BREAKS = {"th", "lo", "km", "my"}  # no spaces between words: ICU's dictionaries find them
_KEEP_ALL_BREAKS = {"ko"}  # words (eojeol) separated by spaces; never break inside one


@dataclass(frozen=True)
class Language:
    """What the renderer needs to know about one language."""

    tag: str
    direction: str  # "ltr" or "rtl"
    strings: dict[str, str]
    has_own_strings: bool

    @property
    def base(self) -> str:
        return self.tag.split("-")[0].lower()

    @property
    def needs_shaping(self) -> bool:
        return self.base in _SHAPED_LANGUAGES

    @property
    def breaks_anywhere(self) -> bool:
        """Chinese and Japanese lines break between characters (with kinsoku rules)."""
        return self.base in _CJK_LANGUAGES

    @property
    def line_breaking(self) -> str:
        """How lines break: 'dictionary' (ICU word dictionaries: Thai, Lao, Khmer, Burmese),
        'kinsoku' (between characters, with closing punctuation kept off a line start: Chinese,
        Japanese), 'keep-all' (at spaces only: Korean) or 'uax14' (the Unicode line breaking rules:
        at spaces and after hyphens, everything else)."""
        if self.base in _DICTIONARY_BREAKS:
            return "dictionary"
        if self.base in _CJK_LANGUAGES:
            return "kinsoku"
        if self.base in _KEEP_ALL_BREAKS:
            return "keep-all"
        return "uax14"

    def text(self, key: str, **values: object) -> str:
        """A furniture string, e.g. text('page', page=2, pages=8) -> 'Page 2 of 8'."""
        return self.strings[key].format(**values)

    def date(self, day: dt.date) -> str:
        """A date as the language writes it in full, e.g. '25 November 2026' or '25. November 2026'."""
        from babel.dates import format_date

        return format_date(day, format="long", locale=_babel_locale(self.tag))

    def number(self, value: int) -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, locale=_babel_locale(self.tag))

    @property
    def hyphenation(self) -> str:
        """The pyphen dictionary for this language, or '' when there is none."""
        import pyphen

        return pyphen.language_fallback(self.tag.replace("-", "_")) or ""


def _babel_locale(tag: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(tag.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return "en"


@lru_cache(maxsize=None)
def language(tag: str) -> Language:
    """The Language for a BCP 47 tag; languages without own strings use English furniture."""
    base = tag.split("-")[0].lower()
    strings = _STRINGS.get(tag) or _STRINGS.get(base)
    return Language(
        tag=tag,
        direction="rtl" if base in RTL_LANGUAGES else "ltr",
        strings=strings or _STRINGS["en"],
        has_own_strings=strings is not None,
    )

