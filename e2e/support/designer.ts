import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export type NodeType = 'nodePool' | 'ec2NodeClass' | 'migProfile';

/** A page object that drives the designer the way a person does: pointer, keyboard, buttons. */
export class Designer {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.locator('.react-flow__node').first()).toBeVisible();
  }

  /** Starts from an empty canvas (the app opens on the example design). */
  async openEmpty(): Promise<void> {
    await this.open();
    await this.page.getByTestId('new-design').click();
    await expect(this.page.locator('.react-flow__node')).toHaveCount(0);
  }

  get pane(): Locator {
    return this.page.locator('.react-flow__pane');
  }

  nodes(type: NodeType): Locator {
    return this.page.locator(`.react-flow__node-${type}`);
  }

  /** The canvas node whose resource is named exactly `name`. */
  node(name: string, type?: NodeType): Locator {
    const base = type ? this.nodes(type) : this.page.locator('.react-flow__node');
    return base.filter({
      has: this.page.locator('.resource-card__name', { hasText: new RegExp(`^${escape(name)}$`) }),
    });
  }

  async dragFromPalette(testId: string, at: { x: number; y: number }): Promise<void> {
    await this.page.getByTestId(testId).dragTo(this.pane, { targetPosition: at });
  }

  /** Drags from one node's handle to another's, as a person draws a reference. */
  async connect(from: Locator, to: Locator, fromSide: 'right' | 'left' = 'right'): Promise<void> {
    const source = from.locator(`.react-flow__handle-${fromSide}`);
    const target = to.locator(`.react-flow__handle-${fromSide === 'right' ? 'left' : 'right'}`);
    const a = await centre(source);
    const b = await centre(target);
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x, b.y, { steps: 5 });
    await this.page.mouse.up();
  }

  async select(name: string): Promise<void> {
    await this.node(name).locator('.resource-card__name').click();
    await expect(this.page.getByTestId('inspector').getByTestId('field-name')).toHaveValue(name);
  }

  get nameField(): Locator {
    return this.page.getByTestId('inspector').getByTestId('field-name');
  }

  async rename(from: string, to: string): Promise<void> {
    await this.select(from);
    await this.nameField.fill(to);
  }

  /** What "Download YAML" saves; `despiteErrors` answers the question a design with errors asks. */
  async downloadYaml({ despiteErrors = false } = {}): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      (async () => {
        await this.page.getByTestId('export-download').click();
        if (despiteErrors) {
          await this.page
            .getByTestId('confirm-dialog')
            .getByRole('button', { name: 'Download anyway' })
            .click();
        }
      })(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** The text of the YAML panel's editor, once Monaco has loaded. */
  async yamlText(): Promise<string> {
    const panel = this.page.getByTestId('yaml-panel');
    await expect(panel.locator('.monaco-editor')).toBeVisible();
    // Monaco recycles line elements, so DOM order is not screen order: sort by position.
    return this.page.evaluate(() => {
      const lines = Array.from(
        document.querySelectorAll<HTMLElement>('[data-testid="yaml-panel"] .view-line'),
      );
      lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      return lines.map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
    });
  }

  /** Where a node sits on the canvas in flow coordinates (the design's), whatever the zoom. */
  async flowPosition(name: string): Promise<{ x: number; y: number }> {
    const transform = await this.node(name).evaluate((el) => (el as HTMLElement).style.transform);
    const match = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(transform);
    if (!match) throw new Error(`no position in "${transform}"`);
    return { x: Number(match[1]), y: Number(match[2]) };
  }

  edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parses the exported multi-document YAML just enough to read names and references. */
export function documentsOf(text: string): string[] {
  return text.split(/^---$/m).map((d) => d.trim());
}
