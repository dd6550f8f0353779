import { foldSwedish } from '../../../domain/swedishText';
import { isImportField, type ColumnMapping, type ImportField } from './importFields';

/**
 * Header names navigators' spreadsheets use, Swedish and English, compared folded (case, å ä ö,
 * punctuation and spaces ignored): "Org.nr", "ORGANISATIONSNUMMER" and "org nr" all match.
 */
const SYNONYMS: Record<ImportField, string[]> = {
  'organisation.name': [
    'organisation',
    'organisationsnamn',
    'namn',
    'forening',
    'foreningens namn',
    'foreningsnamn',
    'organization',
    'organisation name',
    'organization name',
    'name',
  ],
  'organisation.orgNumber': [
    'org.nr',
    'orgnr',
    'organisationsnummer',
    'org nummer',
    'organisationsnr',
    'orgnummer',
    'organization number',
    'organisation number',
    'registration number',
    'corporate id',
  ],
  'organisation.legalForm': [
    'organisationsform',
    'juridisk form',
    'foreningsform',
    'bolagsform',
    'form',
    'legal form',
  ],
  'organisation.ideaRegistration': [
    'ideburen',
    'registrerad ideburen',
    'kammarkollegiet',
    'idea registration',
  ],
  'organisation.street': ['adress', 'gatuadress', 'postadress', 'address', 'street'],
  'organisation.postalCode': ['postnummer', 'postnr', 'postal code', 'zip', 'postcode'],
  'organisation.city': ['ort', 'postort', 'stad', 'city', 'town'],
  'organisation.district': ['omrade', 'stadsdel', 'district', 'area'],
  'organisation.municipality': ['kommun', 'municipality'],
  'organisation.phone': [
    'telefon',
    'tel',
    'telefonnummer',
    'tfn',
    'organisationens telefon',
    'phone',
    'telephone',
  ],
  'organisation.email': [
    'e-post',
    'epost',
    'mejl',
    'mail',
    'e-postadress',
    'organisationens e-post',
    'email',
    'e-mail',
  ],
  'organisation.website': ['webbplats', 'hemsida', 'webb', 'url', 'website', 'web'],
  'organisation.tags': ['taggar', 'tagg', 'etiketter', 'kategori', 'tags'],
  'organisation.note': ['anteckning', 'anteckningar', 'kommentar', 'ovrigt', 'note', 'notes'],
  'contact.name': [
    'kontaktperson',
    'kontakt',
    'kontaktpersonens namn',
    'kontaktnamn',
    'contact',
    'contact person',
    'contact name',
  ],
  'contact.role': ['roll', 'titel', 'befattning', 'role', 'contact role'],
  'contact.phone': [
    'kontaktpersonens telefon',
    'kontakt telefon',
    'mobil',
    'mobilnummer',
    'contact phone',
    'mobile',
  ],
  'contact.email': [
    'kontaktpersonens e-post',
    'kontakt e-post',
    'kontakt epost',
    'contact email',
    'contact e-mail',
  ],
  'inquiry.title': ['arende', 'rubrik', 'arenderubrik', 'inquiry', 'case', 'title'],
  'inquiry.offer': ['erbjudande', 'vad erbjuder de', 'beskrivning', 'offer', 'description'],
  'inquiry.targetGroup': ['malgrupp', 'target group'],
  'inquiry.stage': ['status', 'steg', 'arendestatus', 'stage'],
  'inquiry.priorityArea': [
    'prioriterat omrade',
    'prioriterade omraden',
    'prioritering',
    'priority area',
  ],
  'inquiry.estimatedYearlyValue': [
    'belopp',
    'varde',
    'uppskattat varde',
    'arligt varde',
    'summa',
    'amount',
    'value',
  ],
  'inquiry.diarienummer': ['diarienummer', 'dnr', 'diarienr', 'registry number'],
  'inquiry.receivedAt': ['inkom', 'inkommet', 'datum', 'inkommen', 'received', 'date'],
  'call.occurredAt': ['samtalsdatum', 'samtal datum', 'senaste samtal', 'call date'],
  'call.summary': ['samtal', 'samtalsanteckning', 'sammanfattning', 'call', 'call summary'],
  'call.direction': ['riktning', 'direction'],
  'call.durationMinutes': ['langd', 'minuter', 'samtalslangd', 'duration', 'minutes'],
};

/** Folded header text: lowercase, å ä ö as a a o, only letters and digits. */
export function headerKey(header: string): string {
  return foldSwedish(header).replace(/[^\p{L}\p{N}]+/gu, '');
}

const BY_KEY = new Map<string, ImportField>();
for (const [field, names] of Object.entries(SYNONYMS)) {
  if (!isImportField(field)) continue;
  for (const name of names) {
    const key = headerKey(name);
    if (!BY_KEY.has(key)) BY_KEY.set(key, field);
  }
}

/** The field a header names, or null when it is not recognised. */
export function fieldForHeader(header: string): ImportField | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

/** Automatic mapping: each recognised header to its field; a field is taken by its first column. */
export function matchHeaders(headers: string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = fieldForHeader(header);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** A saved mapping (header → field) applied to this file's headers; unknown headers stay unmapped. */
export function applySavedMapping(
  headers: string[],
  columns: Record<string, string>,
): ColumnMapping {
  const byKey = new Map(
    Object.entries(columns).map(([header, field]) => [headerKey(header), field]),
  );
  return headers.map((header) => {
    const field = byKey.get(headerKey(header));
    return field !== undefined && isImportField(field) ? field : null;
  });
}

/** True when every header the saved mapping names is in this file: it fits and can be offered. */
export function savedMappingFits(headers: string[], columns: Record<string, string>): boolean {
  const keys = new Set(headers.map(headerKey));
  const names = Object.keys(columns);
  return names.length > 0 && names.every((name) => keys.has(headerKey(name)));
}

/** The mapping as it is saved: original header → field, for mapped columns only. */
export function mappingToColumns(
  headers: string[],
  mapping: ColumnMapping,
): Record<string, string> {
  const columns: Record<string, string> = {};
  headers.forEach((header, index) => {
    const field = mapping[index];
    if (field) columns[header] = field;
  });
  return columns;
}
