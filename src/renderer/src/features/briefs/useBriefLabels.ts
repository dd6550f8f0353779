import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefFormat, BriefLabels } from './model/briefLabels';
import { briefDocEn } from '../../i18n/parts/briefsEn';
import { briefDocSv } from '../../i18n/parts/briefsSv';
import { createBriefFormat } from './briefFormat';

/** The document's words and number/date format in the user's language. */
export function useBriefLabels(): { labels: BriefLabels; format: BriefFormat } {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  return useMemo(
    () => ({
      labels: language === 'en' ? briefDocEn : briefDocSv,
      format: createBriefFormat(language),
    }),
    [language],
  );
}
