import { describe, expect, it } from 'vitest';
import { websiteUrl } from '@renderer/features/organisations/model/websiteUrl';

describe('websiteUrl', () => {
  it.each([
    ['cykelkooperativet.se', 'https://cykelkooperativet.se/'],
    ['www.laxhjalpen.se/om-oss', 'https://www.laxhjalpen.se/om-oss'],
    ['https://föreningen-gemenskap.se', 'https://xn--freningen-gemenskap-q6b.se/'],
    [' https://example.se/ ', 'https://example.se/'],
  ])('links %s as %s', (text, url) => {
    expect(websiteUrl(text)).toBe(url);
  });

  it.each([
    '',
    '   ',
    'http://example.se',
    'javascript:alert(1)',
    'ftp://example.se',
    'hemsida saknas',
    'localhost',
  ])('makes no link of %j', (text) => {
    expect(websiteUrl(text)).toBeNull();
  });
});
