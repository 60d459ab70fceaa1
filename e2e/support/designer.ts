import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export type NodeType = 'nodePool' | 'ec2NodeClass' | 'migProfile' | 'workload';
/** The two kinds of reference the canvas draws (CONTRACT.md's edge classes). */
export type EdgeKind = 'nodeClassRef' | 'migProfile';

/** A page object that drives the designer the way a person does: pointer, keyboard, buttons. */
export class Designer {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.allNodes.first()).toBeVisible();
  }

  /** Starts from an empty canvas (the app opens on the example design). */
  async openEmpty(): Promise<void> {
    await this.open();
    await this.page.getByTestId('new-design').click();
    await expect(this.allNodes).toHaveCount(0);
  }

  get pane(): Locator {
    return this.page.locator('.react-flow__pane');
  }

  /**
   * Waits until the view has stopped moving: an import or an opened design is shown by a 250 ms
   * fit, and a click on the pane in the middle of it stops the view where it is, as it does for
   * a person.
   */
  async viewSettled(): Promise<void> {
    const viewport = this.page.locator('.react-flow__viewport');
    let last: string | undefined;
    await expect
      .poll(
        async () => {
          const now = await viewport.evaluate(
            (element) => (element as HTMLElement).style.transform,
          );
          const settled = now === last;
          last = now;
          return settled;
        },
        { intervals: [300] },
      )
      .toBe(true);
  }

  /** Every resource on the canvas, whatever its kind. */
  get allNodes(): Locator {
    return this.page.locator('.react-flow__node');
  }

  nodes(type: NodeType): Locator {
    return this.page.locator(`.react-flow__node-${type}`);
  }

  /** The canvas node whose resource is named exactly `name`. */
  node(name: string, type?: NodeType): Locator {
    const base = type ? this.nodes(type) : this.allNodes;
    return base.filter({
      has: this.page.locator('.resource-card__name', { hasText: new RegExp(`^${escape(name)}$`) }),
    });
  }

  /** Clicks a spot of the canvas with nothing on it, so keys go to it and nothing stays selected. */
  async clickEmptyCanvas(): Promise<void> {
    const spot = await this.pane.evaluate((pane) => {
      const box = pane.getBoundingClientRect();
      for (let y = box.top + 20; y < box.bottom; y += 20)
        for (let x = box.right - 20; x > box.left; x -= 20)
          if (document.elementFromPoint(x, y) === pane) return { x, y };
      return undefined;
    });
    if (!spot) throw new Error('no empty spot on the canvas');
    await this.page.mouse.click(spot.x, spot.y);
  }

  async dragFromPalette(testId: string, at: { x: number; y: number }): Promise<void> {
    await this.page.getByTestId(testId).dragTo(this.pane, { targetPosition: at });
  }

  /** Drags from one node's handle to another's, as a person draws a reference. */
  async connect(from: Locator, to: Locator, fromSide: 'right' | 'left' = 'right'): Promise<void> {
    const source = this.handle(from, fromSide);
    const target = this.handle(to, fromSide === 'right' ? 'left' : 'right');
    const a = await centre(source);
    const b = await centre(target);
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x, b.y, { steps: 5 });
    await this.page.mouse.up();
  }

  /** A node's connection handle on one side. */
  handle(node: Locator, side: 'left' | 'right'): Locator {
    return node.locator(`.react-flow__handle-${side}`);
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

  /** The references drawn on the canvas, all of them or those of one kind. */
  edges(kind?: EdgeKind): Locator {
    return this.page.locator(kind ? `.react-flow__edge.edge--${kind}` : '.react-flow__edge');
  }

  /** Opens the start screen (templates, the browser's designs, project files) from the toolbar. */
  async openStartScreen(): Promise<Locator> {
    await this.page.getByTestId('open-start-screen').click();
    const start = this.page.getByTestId('start-screen');
    await expect(start).toBeVisible();
    return start;
  }

  /** Puts the caret in the YAML panel's editor, once Monaco has loaded. */
  async yamlEditor(): Promise<Locator> {
    const panel = this.page.getByTestId('yaml-panel');
    await expect(panel.locator('.monaco-editor')).toBeVisible();
    await panel.locator('.view-lines').click();
    return panel;
  }

  /** Pastes into the focused element, as a person pastes a snippet (no auto-indent per line). */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await this.page.keyboard.press('Control+v');
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
