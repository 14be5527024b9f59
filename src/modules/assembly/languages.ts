/**
 * The assembly's six working languages, those of the United Nations: ISO 639-1 codes in the API,
 * their ISO 639-2 (terminology) codes in Akoma Ntoso's FRBRlanguage and Expression IRIs.
 */
export const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** ISO 639-1 → ISO 639-2/T, as the Akoma Ntoso Naming Convention writes languages (§4.6: "eng", "fra"). */
export const ISO_639_2: Record<Language, string> = { ar: 'ara', en: 'eng', es: 'spa', fr: 'fra', ru: 'rus', zh: 'zho' };

export const DEFAULT_SOURCE_LANGUAGE: Language = 'en';
