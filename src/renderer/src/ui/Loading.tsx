export type LoadingProps = { label: string };

export function Loading({ label }: LoadingProps) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}
