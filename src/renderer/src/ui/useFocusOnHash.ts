import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A settings section that other screens link to (`/installningar#<id>`): brought into view with
 * focus on it when the address names it. Returns the ref for the section element.
 */
export function useFocusOnHash<T extends HTMLElement>(id: string) {
  const ref = useRef<T>(null);
  const { hash } = useLocation();
  useEffect(() => {
    if (hash !== `#${id}`) return;
    ref.current?.scrollIntoView?.({ block: 'start' });
    ref.current?.focus({ preventScroll: true });
  }, [hash, id]);
  return ref;
}
