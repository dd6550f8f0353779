import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  shell: { openExternal: vi.fn(async () => undefined) },
  app: { on: vi.fn() },
  session: {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    },
  },
}));
vi.mock('electron', () => electron);

const {
  cspHeader,
  denyAllPermissions,
  enforceCsp,
  hardenWebContents,
  installSecurityHandlers,
  isAllowedNavigation,
  isSafeExternalUrl,
} = await import('../../../src/main/security');

const FILE_APP = 'file:///opt/lotsbok/resources/app.asar/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173';

beforeEach(() => vi.clearAllMocks());

describe('isAllowedNavigation', () => {
  it('allows the app itself, including in-app hash routes', () => {
    expect(isAllowedNavigation(FILE_APP, FILE_APP)).toBe(true);
    expect(isAllowedNavigation(`${FILE_APP}#/organisationer/42`, FILE_APP)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/organisationer', DEV_APP)).toBe(true);
  });

  it('blocks other pages, other files and other origins', () => {
    expect(isAllowedNavigation('https://example.se/', FILE_APP)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', FILE_APP)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5174/', DEV_APP)).toBe(false);
    expect(isAllowedNavigation('https://localhost:5173/', DEV_APP)).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)', DEV_APP)).toBe(false);
    expect(isAllowedNavigation('inte en adress', FILE_APP)).toBe(false);
  });
});

describe('cspHeader', () => {
  it('is the strict policy, word for word', () => {
    expect(cspHeader()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; " +
        "base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('is added to the app’s own responses, replacing any existing policy', () => {
    const target = { webRequest: { onHeadersReceived: vi.fn() } };
    enforceCsp(target, DEV_APP);
    const listener = target.webRequest.onHeadersReceived.mock.calls[0]?.[0];
    const callback = vi.fn();
    listener(
      {
        url: 'http://localhost:5173/',
        responseHeaders: { 'content-security-policy': ['x'], Etag: ['1'] },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { Etag: ['1'], 'Content-Security-Policy': [cspHeader()] },
    });
  });

  it('leaves foreign responses untouched', () => {
    const target = { webRequest: { onHeadersReceived: vi.fn() } };
    enforceCsp(target, DEV_APP);
    const listener = target.webRequest.onHeadersReceived.mock.calls[0]?.[0];
    const callback = vi.fn();
    listener({ url: 'https://example.se/', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({});
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const target = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(target);
    const request = target.setPermissionRequestHandler.mock.calls[0]?.[0];
    const check = target.setPermissionCheckHandler.mock.calls[0]?.[0];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, permission, DEV_APP, {})).toBe(false);
    }
  });
});

describe('hardenWebContents', () => {
  const harden = () => {
    const contents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    hardenWebContents(contents, FILE_APP);
    const listenerFor = (event: string) =>
      contents.on.mock.calls.find(([name]) => name === event)?.[1];
    return { openHandler: contents.setWindowOpenHandler.mock.calls[0]?.[0], listenerFor };
  };

  it('denies window.open and sends only https links to the browser', () => {
    const { openHandler } = harden();
    expect(openHandler({ url: 'https://bolagsverket.se/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://bolagsverket.se/');
    expect(openHandler({ url: 'http://example.se/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('blocks navigation away from the app but not inside it', () => {
    const { listenerFor } = harden();
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = { url: 'https://example.se/', preventDefault: vi.fn() };
      listenerFor(event)(away);
      expect(away.preventDefault).toHaveBeenCalled();
      const inside = { url: `${FILE_APP}#/samtal`, preventDefault: vi.fn() };
      listenerFor(event)(inside);
      expect(inside.preventDefault).not.toHaveBeenCalled();
    }
  });

  it('blocks <webview>', () => {
    const { listenerFor } = harden();
    const event = { preventDefault: vi.fn() };
    listenerFor('will-attach-webview')(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('installSecurityHandlers', () => {
  it('guards the default session and every new web contents', () => {
    installSecurityHandlers(FILE_APP);
    const { defaultSession } = electron.session;
    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledOnce();
    expect(electron.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });

  it('only https counts as a safe external link', () => {
    expect(isSafeExternalUrl('https://skatteverket.se')).toBe(true);
    expect(isSafeExternalUrl('mailto:lots@kommun.se')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
  });
});
