import { Component, type ErrorInfo, type JSX, type ReactNode } from 'react';
import { startNewDesign } from '../commands/designLibrary';
import { downloadDesignAfterFailure, reloadPage } from '../commands/failureRecovery';
import { runCommand } from '../commands/run';
import { exampleDesign } from '../domain/design/example';
import { useDesignStore } from '../store/designStore';

interface State {
  error: Error | undefined;
}

/**
 * The last line of defence: a failure while drawing turns into a message with the design to
 * download and a way on, never a blank page. The design itself is untouched.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('NodePool Designer could not draw the design', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <RenderFailure error={error} onRecover={() => this.setState({ error: undefined })} />;
  }
}

function RenderFailure({ error, onRecover }: { error: Error; onRecover: () => void }): JSX.Element {
  const name = useDesignStore.getState().document.name;
  return (
    <div className="render-failure" role="alert" data-testid="render-failure">
      <h1>Something went wrong while drawing “{name}”</h1>
      <p>
        The designer could not show this design ({error.message}). Nothing was deleted: download it
        first, then open the example, or reload the page.
      </p>
      <div className="render-failure__actions">
        <button
          type="button"
          className="is-primary"
          onClick={() => runCommand(downloadDesignAfterFailure, undefined, 'page')}
        >
          {downloadDesignAfterFailure.label}
        </button>
        <button
          type="button"
          onClick={() => {
            const example = { name: 'Example design', design: exampleDesign() };
            if (runCommand(startNewDesign, example, 'page')) onRecover();
          }}
        >
          Open the example (this design stays under Designs)
        </button>
        <button type="button" onClick={() => runCommand(reloadPage, undefined, 'page')}>
          {reloadPage.label}
        </button>
      </div>
    </div>
  );
}
