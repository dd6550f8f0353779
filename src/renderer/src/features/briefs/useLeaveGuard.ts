import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

export type LeaveGuard = {
  /** Where the user wanted to go while there were unsaved changes; null when nothing waits. */
  pendingTo: string | null;
  stay: () => void;
  leave: () => void;
};

/** The route an in-app link points at: "#/underlag" under HashRouter, "/underlag" in tests. */
function routeOf(anchor: HTMLAnchorElement): string | null {
  const href = anchor.getAttribute('href');
  if (href === null || anchor.target === '_blank' || anchor.hasAttribute('download')) return null;
  if (href.startsWith('#/')) return href.slice(1);
  return href.startsWith('/') ? href : null;
}

/**
 * Asks before an in-app link leaves a form with unsaved changes. The app runs on HashRouter (not a
 * data router), where react-router's useBlocker is unavailable, so link clicks are caught in the
 * capture phase, before <Link> navigates (it skips a click whose default is prevented). Navigation
 * in code (after saving or deleting) is never held back.
 */
export function useLeaveGuard(isDirty: boolean): LeaveGuard {
  const navigate = useNavigate();
  const location = useLocation();
  const [pendingTo, setPendingTo] = useState<string | null>(null);
  const here = `${location.pathname}${location.search}`;

  useEffect(() => {
    if (!isDirty) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a') : null;
      const to = anchor ? routeOf(anchor) : null;
      if (to === null || to === here) return;
      event.preventDefault();
      setPendingTo(to);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [isDirty, here]);

  const stay = useCallback(() => setPendingTo(null), []);
  const leave = useCallback(() => {
    if (pendingTo !== null) void navigate(pendingTo);
    setPendingTo(null);
  }, [navigate, pendingTo]);

  return { pendingTo, stay, leave };
}
