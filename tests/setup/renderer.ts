// fake-indexeddb must be installed before Dexie is imported anywhere.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// jsdom has no modal dialogs; the native <dialog> only needs to open and close in component tests.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};

// Live queries resolve over several IndexedDB round trips; on a busy 2-core CI machine the default
// 1 s for findBy*/waitFor is too tight for screens that load a few queries in a row.
configure({ asyncUtilTimeout: 4000 });
