export type ProgressBarProps = { label: string; done: number; total: number; text: string };

export function ProgressBar({ label, done, total, text }: ProgressBarProps) {
  return (
    <div className="progress">
      <progress aria-label={label} value={done} max={Math.max(total, 1)} />
      <span className="progress__text">{text}</span>
    </div>
  );
}
