import type { ReactNode } from 'react';

export type NoticeProps = {
  tone: 'info' | 'success' | 'warning' | 'error';
  children: ReactNode;
  actions?: ReactNode;
};

/** An inline message; errors are announced at once, the rest politely. */
export function Notice({ tone, children, actions }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="notice__body">{children}</div>
      {actions ? <div className="notice__actions">{actions}</div> : null}
    </div>
  );
}
