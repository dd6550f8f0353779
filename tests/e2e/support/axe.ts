import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MAX_TARGETS = 3;

/** Runs axe (WCAG 2.1 A and AA) on the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, screenName: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (violations.length === 0) return;

  const lines = violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, MAX_TARGETS)
      .map((node) => node.target.map(String).join(' >> '))
      .join(', ');
    const more =
      violation.nodes.length > MAX_TARGETS
        ? ` (+${violation.nodes.length - MAX_TARGETS} till)`
        : '';
    return `  - ${violation.id} [${violation.impact ?? 'okänd'}]: ${violation.help}\n    ${targets}${more}`;
  });
  throw new Error(
    `${screenName}: ${violations.length} tillgänglighetsfel (axe, WCAG 2.1 AA):\n${lines.join('\n')}`,
  );
}
