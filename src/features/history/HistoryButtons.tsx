import './history-buttons.css';
import { IconButton } from '../../app/controls/Button';
import { Icon } from '../../app/controls/icons';
import type { ReactNode } from 'react';
import { Hint } from '../../app/Hint';
import { t, type MessageKey } from '../../app/i18n';
import { useManifest } from '../../state/store';
import { isApplePlatform } from './use-history-keys';

interface HistoryButtonProps {
  label: MessageKey;
  tooltip: MessageKey;
  shortcut: string;
  /** For assistive technology, in the `aria-keyshortcuts` syntax. */
  keyShortcuts: string;
  enabled: boolean;
  onClick: () => void;
  icon: ReactNode;
}

function HistoryButton({
  label,
  tooltip,
  shortcut,
  keyShortcuts,
  enabled,
  onClick,
  icon,
}: HistoryButtonProps) {
  return (
    // The hint describes the button (its name stays "Undo"); it shows while disabled too.
    <Hint title={t(tooltip, { shortcut })} describe>
      {(describedBy) => (
        <IconButton
          color="inherit"
          aria-label={t(label)}
          aria-describedby={describedBy}
          aria-keyshortcuts={keyShortcuts}
          disabled={!enabled}
          onClick={onClick}
        >
          {icon}
        </IconButton>
      )}
    </Hint>
  );
}

/** Undo and Redo for the manifest: one step per user action, from any pane. */
export function HistoryButtons() {
  const canUndo = useManifest((state) => state.canUndo);
  const canRedo = useManifest((state) => state.canRedo);
  const apple = isApplePlatform();
  return (
    <div role="group" aria-label={t('history.group')} className="kw-history-buttons">
      <HistoryButton
        label="history.undo"
        tooltip="history.undo.tooltip"
        shortcut={t(apple ? 'history.undo.shortcut.apple' : 'history.undo.shortcut')}
        keyShortcuts="Control+Z Meta+Z"
        enabled={canUndo}
        onClick={() => useManifest.getState().undo()}
        icon={<Icon name="undo" />}
      />
      <HistoryButton
        label="history.redo"
        tooltip="history.redo.tooltip"
        shortcut={t(apple ? 'history.redo.shortcut.apple' : 'history.redo.shortcut')}
        keyShortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
        enabled={canRedo}
        onClick={() => useManifest.getState().redo()}
        icon={<Icon name="redo" />}
      />
    </div>
  );
}
