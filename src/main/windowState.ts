import { readFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import { writeFileAtomicSync } from './fsAtomic';

const MIN_WIDTH = 800;
const MIN_HEIGHT = 560;
/** How much of the window must lie on some display to count as reachable by the mouse. */
const MIN_VISIBLE = 100;

const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_WIDTH).max(20_000),
  height: z.number().int().min(MIN_HEIGHT).max(20_000),
  isMaximized: z.boolean(),
});

export type WindowState = z.infer<typeof WindowStateSchema>;

export const DEFAULT_WINDOW_STATE = {
  width: 1280,
  height: 800,
  isMaximized: false,
} as const satisfies WindowState;

export const WINDOW_MIN_SIZE = { width: MIN_WIDTH, height: MIN_HEIGHT } as const;

/** Reads the saved state; a missing, unreadable or malformed file just means "use the defaults". */
export function readWindowState(filePath: string): WindowState {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
    return parsed.success ? parsed.data : { ...DEFAULT_WINDOW_STATE };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

export function writeWindowState(filePath: string, state: WindowState): void {
  writeFileAtomicSync(filePath, `${JSON.stringify(WindowStateSchema.parse(state), null, 2)}\n`);
}

const overlap = (a: Rectangle, b: Rectangle): { width: number; height: number } => ({
  width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
  height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
});

/**
 * Keeps a restored window reachable: if a monitor was unplugged and the saved position is no longer
 * on any display, the position is dropped (the OS centres the window) and the size shrunk to fit.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const [primary] = workAreas;
  if (!primary) return state;
  const { x, y } = state;
  const isVisible =
    x !== undefined &&
    y !== undefined &&
    workAreas.some((area) => {
      const shared = overlap({ x, y, width: state.width, height: state.height }, area);
      return shared.width >= MIN_VISIBLE && shared.height >= MIN_VISIBLE;
    });
  if (isVisible) return state;
  return {
    width: Math.max(MIN_WIDTH, Math.min(state.width, primary.width)),
    height: Math.max(MIN_HEIGHT, Math.min(state.height, primary.height)),
    isMaximized: state.isMaximized,
  };
}

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed'>;

/** The state worth remembering: the normal (un-maximised) bounds plus the maximised flag. */
export function captureWindowState(win: TrackedWindow): WindowState {
  const bounds = win.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(MIN_WIDTH, Math.round(bounds.width)),
    height: Math.max(MIN_HEIGHT, Math.round(bounds.height)),
    isMaximized: win.isMaximized(),
  };
}

/** Saves the state shortly after the user stops moving/resizing, and once more on close. */
export function trackWindowState(win: TrackedWindow, filePath: string, delayMs = 500): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    // getNormalBounds() gives the restored bounds even while maximised or minimised.
    if (win.isDestroyed()) return;
    try {
      writeWindowState(filePath, captureWindowState(win));
    } catch (error) {
      // Losing the window position is harmless; never let it break closing the app.
      console.warn('Kunde inte spara fönstrets läge:', error);
    }
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', save);
}
