// Row buttons of the lists whose entries are deactivated rather than deleted
// (units, partner organisations): "Bearbeiten" and "Aktivieren"/"Deaktivieren".
// Both lists word their texts alike, each under its own keys.
import { useTranslation } from 'react-i18next';
import { RowActions, RowButton } from '../ui/RowActions';
import type { EditableList } from './useEditableList';

interface Activatable {
  id: string;
  name: string;
  active: boolean;
}

interface Props<T extends Activatable> {
  texts: 'units' | 'partners';
  row: T;
  list: EditableList<T>;
  update: (id: string, patch: { active: boolean }) => Promise<T>;
}

export function ActivationActions<T extends Activatable>({ texts, row, list, update }: Props<T>) {
  const { t } = useTranslation();
  const name = row.name;
  const toggle = () =>
    list.changeRow(
      row,
      () => update(row.id, { active: !row.active }),
      (saved) =>
        saved.active
          ? t(`${texts}.activated`, { name: saved.name })
          : t(`${texts}.deactivated`, { name: saved.name }),
    );
  return (
    <RowActions>
      <RowButton
        ref={list.registerEditButton(row.id)}
        accessibleName={t(`${texts}.editNamed`, { name })}
        onClick={() => list.startEdit(row)}
      >
        {t('common.edit')}
      </RowButton>
      <RowButton
        disabled={list.busyId === row.id}
        accessibleName={row.active ? t(`${texts}.deactivateNamed`, { name }) : t(`${texts}.activateNamed`, { name })}
        onClick={() => void toggle()}
      >
        {row.active ? t('common.deactivate') : t('common.activate')}
      </RowButton>
    </RowActions>
  );
}
