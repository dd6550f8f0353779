import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../../src/main/fsAtomic';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  readWindowState,
  trackWindowState,
  writeWindowState,
  type WindowState,
} from '../../../src/main/windowState';

let dir: string;
let statePath: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lotsbok-window-'));
  statePath = join(dir, 'window-state.json');
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

const saved: WindowState = { x: 40, y: 60, width: 1400, height: 900, isMaximized: true };

describe('readWindowState', () => {
  it('returns the defaults when the file is missing', () => {
    expect(readWindowState(statePath)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('returns the defaults when the file is not JSON', () => {
    writeFileSync(statePath, '{"width": 12');
    expect(readWindowState(statePath)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('returns the defaults when the JSON has the wrong shape', () => {
    writeFileSync(statePath, JSON.stringify({ width: 'bred', height: 10, isMaximized: 'ja' }));
    expect(readWindowState(statePath)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('reads back exactly what was written', () => {
    writeWindowState(statePath, saved);
    expect(readWindowState(statePath)).toEqual(saved);
  });
});

describe('atomic writes', () => {
  it('replaces the file and leaves no temp file behind', () => {
    writeWindowState(statePath, saved);
    writeWindowState(statePath, { ...saved, width: 1000 });
    expect(readdirSync(dir)).toEqual(['window-state.json']);
    expect(readWindowState(statePath).width).toBe(1000);
  });

  it('cleans up its temp file and keeps the target when the rename fails', async () => {
    // A non-empty directory at the target path makes the final rename fail.
    const target = join(dir, 'occupied');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'kvar');
    expect(() => writeFileAtomicSync(target, 'ny')).toThrow();
    await expect(writeFileAtomic(target, 'ny')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['occupied']);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('kvar');
  });
});

describe('fitToDisplays', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1040 };
  const secondary = { x: 1920, y: 0, width: 1280, height: 1000 };

  it('keeps a window that is on a display', () => {
    const onSecond = { ...saved, x: 2000, y: 100 };
    expect(fitToDisplays(onSecond, [primary, secondary])).toEqual(onSecond);
  });

  it('drops the position of a window left on an unplugged display and fits its size', () => {
    const lost = { x: 4000, y: 200, width: 2500, height: 900, isMaximized: false };
    expect(fitToDisplays(lost, [primary])).toEqual({
      width: 1920,
      height: 900,
      isMaximized: false,
    });
  });

  it('lets the OS place a window that never had a position', () => {
    expect(fitToDisplays(DEFAULT_WINDOW_STATE, [primary])).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('trackWindowState', () => {
  const fakeWindow = () => {
    const on = vi.fn();
    const emit = (event: string): void => {
      for (const [name, listener] of on.mock.calls) if (name === event) listener();
    };
    return {
      emit,
      on,
      getNormalBounds: () => ({ x: 10, y: 20, width: 1100, height: 700 }),
      isMaximized: () => false,
      isDestroyed: () => false,
    };
  };

  it('saves once the user stops resizing, and on close', () => {
    vi.useFakeTimers();
    const win = fakeWindow();
    trackWindowState(win, statePath, 500);

    win.emit('resize');
    win.emit('move');
    vi.advanceTimersByTime(499);
    expect(readdirSync(dir)).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(readWindowState(statePath)).toEqual({
      x: 10,
      y: 20,
      width: 1100,
      height: 700,
      isMaximized: false,
    });

    rmSync(statePath);
    win.emit('close');
    expect(readWindowState(statePath).width).toBe(1100);
  });
});
