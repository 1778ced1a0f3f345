// The list of staff with their access and account state.
import { useTranslation } from 'react-i18next';
import type { StaffMember, Unit } from '../api/types';
import { RowActions, RowButton } from '../ui/RowActions';
import { useLabels } from '../ui/labels';

interface Props {
  staff: StaffMember[];
  units: Unit[];
  currentUserId: string;
  busyId: string | null;
  registerEditButton: (id: string) => (element: HTMLElement | null) => void;
  onEdit: (member: StaffMember) => void;
  onSetStatus: (member: StaffMember, status: 'active' | 'disabled') => void;
}

export function StaffTable(props: Props) {
  const { staff, units, currentUserId, busyId, registerEditButton, onEdit, onSetStatus } = props;
  const { t } = useTranslation();
  const { roleLabel, staffStatusLabel } = useLabels();
  const unitName = (id: string) => units.find((unit) => unit.id === id)?.name ?? id;

  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('staff.displayName')}</th>
          <th scope="col">{t('staff.email')}</th>
          <th scope="col">{t('staff.roles')}</th>
          <th scope="col">{t('staff.units')}</th>
          <th scope="col">{t('common.status')}</th>
          <th scope="col">{t('staff.mfa')}</th>
          <th scope="col">{t('common.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {staff.map((member) => (
          <tr key={member.id} className={member.status === 'disabled' ? 'is-inactive' : undefined}>
            <th scope="row">{member.displayName}</th>
            <td dir="ltr" className="cell-email">
              {member.email}
            </td>
            <td>
              {member.roles.length ? member.roles.map(roleLabel).join(', ') : '–'}
              {/* No column of its own: the staff table stays seven columns wide. */}
              {member.partnerOrganisation ? (
                <span className="cell-detail">{t('staff.partnerOrganisationOf', { name: member.partnerOrganisation.name })}</span>
              ) : null}
            </td>
            <td>{member.unitIds.length ? member.unitIds.map(unitName).join(', ') : '–'}</td>
            <td>
              <span className={`status status-${member.status}`}>{staffStatusLabel(member.status)}</span>
            </td>
            <td>{member.mfaEnrolled ? t('common.yes') : t('common.no')}</td>
            <RowActions>
              <RowButton
                ref={registerEditButton(member.id)}
                accessibleName={t('staff.editNamed', { name: member.displayName })}
                onClick={() => onEdit(member)}
              >
                {t('common.edit')}
              </RowButton>
              {/* Nobody locks themselves out by accident. */}
              {member.id === currentUserId ? null : member.status === 'disabled' ? (
                <RowButton
                  disabled={busyId === member.id}
                  accessibleName={t('staff.reactivateNamed', { name: member.displayName })}
                  onClick={() => onSetStatus(member, 'active')}
                >
                  {t('staff.reactivate')}
                </RowButton>
              ) : (
                <RowButton
                  danger
                  disabled={busyId === member.id}
                  accessibleName={t('staff.deactivateNamed', { name: member.displayName })}
                  onClick={() => onSetStatus(member, 'disabled')}
                >
                  {t('common.deactivate')}
                </RowButton>
              )}
            </RowActions>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
