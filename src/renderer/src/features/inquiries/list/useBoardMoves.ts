import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveInquiryStage } from '../data/pipelineRepository';
import type { InquiryStage } from '../../../domain/entities';
import { useActorId } from '../../../session/SessionContext';
import { useErrorMessage } from '../../../session/useErrorMessage';

/** Where focus goes once the moved card shows up in its new column. */
export type FocusTarget = { id: string; stage: InquiryStage };

/** A move into "Avslutat" waiting for its reason. */
export type PendingClose = { id: string; title: string; keepFocus: boolean };

export type MoveRequest = { id: string; title: string; to: InquiryStage; keepFocus: boolean };

/**
 * Moving cards: the stage rules are checked by moveInquiryStage; a refusal becomes a Swedish error,
 * a success is announced politely. Closing asks for the reason first.
 */
export function useBoardMoves() {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState({ text: '', key: 0 });
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  /** The last moved card stays rendered in its column, even beyond the first hundred. */
  const [pinnedId, setPinnedId] = useState<string | null>(null);
  const [pendingClose, setPendingClose] = useState<PendingClose | null>(null);
  const clearFocusTarget = useCallback(() => setFocusTarget(null), []);

  const commit = async (request: MoveRequest, reason?: string): Promise<boolean> => {
    try {
      await moveInquiryStage(request.id, request.to, actorId, reason);
    } catch (caught) {
      setError(toMessage(caught));
      return false;
    }
    setError(null);
    setPinnedId(request.id);
    // A new key replaces the live region's text node, so the same words are announced again.
    setAnnouncement((previous) => ({
      text: t('inquiries.board.moved', { stage: t(`inquiries.stages.${request.to}`) }),
      key: previous.key + 1,
    }));
    if (request.keepFocus) setFocusTarget({ id: request.id, stage: request.to });
    return true;
  };

  const requestMove = (request: MoveRequest) => {
    if (request.to === 'avslutat') {
      setPendingClose({ id: request.id, title: request.title, keepFocus: request.keepFocus });
      return;
    }
    void commit(request);
  };

  const confirmClose = async (reason: string) => {
    if (!pendingClose) return;
    const request = { ...pendingClose, to: 'avslutat' as const };
    setPendingClose(null);
    await commit(request, reason);
  };

  return {
    error,
    dismissError: () => setError(null),
    announcement,
    focusTarget,
    clearFocusTarget,
    pinnedId,
    pendingClose,
    cancelClose: () => setPendingClose(null),
    confirmClose,
    requestMove,
  };
}
