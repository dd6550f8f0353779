import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import type { BriefContent } from './model/briefContent';
import { buildBriefDocx } from './model/briefDocx';
import { briefToMarkdown } from './model/briefMarkdown';
import { platform } from '../../lib/platform';
import { rasteriseCharts } from './rasteriseCharts';

export type ExportMessage = { tone: 'success' | 'error' | 'info'; text: string };

/** A file name from the title: no characters Windows refuses, not too long. */
export function briefFileName(title: string, extension: string): string {
  const base = title
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'Underlag'}.${extension}`;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** PDF, Word and Markdown from the one document model, each with a visible result. */
export function useBriefExports(previewRef: RefObject<HTMLElement | null>) {
  const { t } = useTranslation();
  const setTask = useAppStore((state) => state.setTask);
  const [message, setMessage] = useState<ExportMessage | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const exportPdf = async (content: BriefContent) => {
    setMessage(null);
    const result = await platform.printToPdf({
      suggestedName: briefFileName(content.title, 'pdf'),
    });
    if (!result.ok)
      setMessage({ tone: 'error', text: t('briefs.messages.failed', { message: result.error }) });
    else if (result.value === null)
      setMessage({ tone: 'info', text: t('briefs.messages.pdfPrinting') });
    else
      setMessage({ tone: 'success', text: t('briefs.messages.pdfSaved', { path: result.value }) });
  };

  const exportWord = async (content: BriefContent) => {
    const label = t('briefs.messages.wordRunning');
    const name = briefFileName(content.title, 'docx');
    setMessage(null);
    setIsBusy(true);
    setTask({ status: 'running', label, done: 0, total: 2 });
    try {
      const images = previewRef.current ? await rasteriseCharts(previewRef.current) : {};
      setTask({ status: 'running', label, done: 1, total: 2 });
      const data = await buildBriefDocx(content, images, {
        page: t('briefs.preview.page'),
        of: t('briefs.preview.of'),
      });
      const result = await platform.saveFile({
        suggestedName: name,
        filters: [{ name: 'Word', extensions: ['docx'] }],
        data,
      });
      if (!result.ok) throw new Error(result.error);
      const text =
        result.value === null
          ? t('briefs.messages.cancelled')
          : t('briefs.messages.wordSaved', { name });
      setTask({ status: 'succeeded', label, message: text });
      setMessage({ tone: result.value === null ? 'info' : 'success', text });
    } catch (error) {
      const text = t('briefs.messages.failed', { message: messageOf(error) });
      setTask({ status: 'failed', label, message: text });
      setMessage({ tone: 'error', text });
    } finally {
      setIsBusy(false);
    }
  };

  const copyMarkdown = async (content: BriefContent) => {
    setMessage(null);
    try {
      await navigator.clipboard.writeText(briefToMarkdown(content));
      setMessage({ tone: 'success', text: t('briefs.messages.markdownCopied') });
    } catch (error) {
      setMessage({
        tone: 'error',
        text: t('briefs.messages.clipboardFailed', { message: messageOf(error) }),
      });
    }
  };

  return { exportPdf, exportWord, copyMarkdown, message, setMessage, isBusy };
}
