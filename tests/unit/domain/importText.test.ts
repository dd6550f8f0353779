import { describe, expect, it } from 'vitest';
import {
  applySavedMapping,
  matchHeaders,
  mappingToColumns,
  savedMappingFits,
} from '@renderer/features/imports/model/headerMatching';
import {
  parseSwedishDate,
  parseSwedishTimestamp,
} from '@renderer/features/imports/model/swedishDates';
import {
  errorReportCsv,
  neutraliseCell,
  withoutPersonnummer,
} from '@renderer/features/imports/model/errorReport';

describe('header matching', () => {
  it('maps Swedish and English headers whatever their case, dots and spaces', () => {
    expect(
      matchHeaders([
        'Org.nr',
        'ORGANISATION',
        'Kontaktperson',
        'Telefon',
        'E-post',
        'Område',
        'Status',
        'Okänd kolumn',
      ]),
    ).toEqual([
      'organisation.orgNumber',
      'organisation.name',
      'contact.name',
      'organisation.phone',
      'organisation.email',
      'organisation.district',
      'inquiry.stage',
      null,
    ]);
    expect(matchHeaders(['Organisation number', 'Name', 'Contact person', 'Email'])).toEqual([
      'organisation.orgNumber',
      'organisation.name',
      'contact.name',
      'organisation.email',
    ]);
    expect(matchHeaders(['organisationsnummer', ' org nr '])).toEqual([
      'organisation.orgNumber',
      null,
    ]);
  });

  it('saves a mapping by header and offers it only for files that have those headers', () => {
    const headers = ['Förening', 'Nummer', 'Mobil'];
    const columns = mappingToColumns(headers, [
      'organisation.name',
      'organisation.orgNumber',
      null,
    ]);
    expect(columns).toEqual({ Förening: 'organisation.name', Nummer: 'organisation.orgNumber' });
    expect(savedMappingFits(['nummer', 'FÖRENING', 'Annat'], columns)).toBe(true);
    expect(savedMappingFits(['Förening'], columns)).toBe(false);
    expect(applySavedMapping(['Annat', 'nummer', 'Förening'], columns)).toEqual([
      null,
      'organisation.orgNumber',
      'organisation.name',
    ]);
  });
});

describe('Swedish dates', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['5/3/2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['5 mars 2024', '2024-03-05'],
    ['5 Mar. 2024', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['29/2/2024', '2024-02-29'],
  ])('reads %s', (text, iso) => {
    expect(parseSwedishDate(text)).toBe(iso);
  });

  it.each(['31/2/2024', '2024-13-01', 'mars 2024', '5 mares 2024', 'igår', ''])(
    'refuses %s',
    (text) => {
      expect(parseSwedishDate(text)).toBeNull();
    },
  );

  it('keeps a time of day, and puts a date without one at midday local time', () => {
    const withTime = new Date(parseSwedishTimestamp('2024-03-05 14:30') ?? '');
    expect([withTime.getHours(), withTime.getMinutes()]).toEqual([14, 30]);
    const noon = new Date(parseSwedishTimestamp('5 mars 2024') ?? '');
    expect([noon.getDate(), noon.getHours()]).toEqual([5, 12]);
  });
});

describe('error report', () => {
  it('is Excel CSV: BOM, semicolons, CRLF, the reason last and formulas neutralised', () => {
    const table = {
      headers: ['Namn', 'Org.nr'],
      rows: [
        { number: 2, cells: ['Bra förening', '802005-1952'] },
        { number: 3, cells: ['=HYPERLINK("x")', '556016-0681'] },
      ],
    };
    const csv = errorReportCsv(table, new Map([[3, 'Kontrollsiffran stämmer inte; kolla']]), {
      row: 'Rad',
      reason: 'Fel',
      removed: '(borttaget)',
      removedNote: 'Personnummer borttaget.',
    });
    expect(csv.startsWith('\uFEFFRad;Namn;Org.nr;Fel\r\n')).toBe(true);
    expect(csv).toContain(
      `3;"'=HYPERLINK(""x"")";556016-0681;"Kontrollsiffran stämmer inte; kolla"`,
    );
    expect(csv).not.toContain('Bra förening');
    expect(neutraliseCell('-1')).toBe("'-1");
    expect(neutraliseCell('Vanlig text')).toBe('Vanlig text');
  });

  it('never contains a personnummer, and says in the reason where one was removed', () => {
    const table = {
      headers: ['Namn', 'Org.nr', 'Anteckning'],
      rows: [
        { number: 2, cells: ['Firma Ek', '19800101-1234', 'Ring Bo, pnr:198001011234 i kväll'] },
        { number: 3, cells: ['Föreningen', '556016-0681', 'Tel 031-12 34 56'] },
      ],
    };
    const reasons = new Map([
      [2, 'Ser ut som ett personnummer.'],
      [3, 'Kontrollsiffran stämmer inte.'],
    ]);
    const csv = errorReportCsv(table, reasons, {
      row: 'Rad',
      reason: 'Fel',
      removed: '(borttaget)',
      removedNote: 'Personnummer borttaget.',
    });
    expect(csv).not.toMatch(/19800101-?1234|800101/);
    expect(csv).toContain(
      '2;Firma Ek;(borttaget);Ring Bo, (borttaget) i kväll;Ser ut som ett personnummer. Personnummer borttaget.',
    );
    // Other numbers, and rows without a personnummer, are left exactly as they were.
    expect(csv).toContain(
      '3;Föreningen;556016-0681;Tel 031-12 34 56;Kontrollsiffran stämmer inte.',
    );
    expect(withoutPersonnummer('811218-9876', 'X')).toBe('X');
  });
});
