// Verwaltung → Mitarbeitende: invite, change access, (de)activate accounts.
import { useTranslation } from 'react-i18next';
import { listPartnerOrganisations, listStaff, listUnits, updateStaff } from '../api/admin';
import type { StaffMember } from '../api/types';
import { useSession } from '../auth/SessionContext';
import { ErrorAlert, StatusMessage } from '../ui/Alerts';
import { PageHeading } from '../ui/PageHeading';
import { TableSection } from '../ui/TableSection';
import { useLoad } from '../ui/useLoad';
import { usePageTitle } from '../ui/usePageTitle';
import { StaffEditForm } from './StaffEditForm';
import { StaffInviteForm } from './StaffInviteForm';
import { StaffTable } from './StaffTable';
import { useEditableList } from './useEditableList';

export function StaffPage() {
  const { t } = useTranslation();
  const session = useSession();
  const staff = useEditableList<StaffMember>(listStaff);
  const units = useLoad((signal) => listUnits(signal), []);
  const partners = useLoad((signal) => listPartnerOrganisations(signal), []);
  usePageTitle(t('staff.title'));

  const setMemberStatus = (member: StaffMember, next: 'active' | 'disabled') =>
    staff.changeRow(
      member,
      () => updateStaff(member.id, { status: next }),
      (saved) =>
        next === 'disabled'
          ? t('staff.deactivated', { name: saved.displayName })
          : t('staff.reactivated', { name: saved.displayName }),
    );

  const unitList = units.data ?? [];
  const partnerList = partners.data ?? [];

  return (
    <>
      <PageHeading>{t('staff.title')}</PageHeading>
      <p>{t('staff.intro')}</p>
      <StatusMessage message={staff.status} />
      {units.error ? <ErrorAlert error={units.error} /> : null}
      {partners.error ? <ErrorAlert error={partners.error} /> : null}

      {staff.editing ? (
        <StaffEditForm
          key={staff.editing.id}
          member={staff.editing}
          units={unitList}
          partners={partnerList}
          onSaved={(saved) => staff.finishEdit(saved, t('staff.updated', { name: saved.displayName }))}
          onCancel={staff.cancelEdit}
        />
      ) : null}

      {/* The invite form confirms the invitation itself, next to the link. */}
      <StaffInviteForm units={unitList} partners={partnerList} onInvited={(result) => staff.add(result.staff, null)} />

      <TableSection
        heading={t('staff.listHeading')}
        rows={staff.rows}
        emptyText={t('staff.empty')}
        actionError={staff.rowError}
      >
        {(rows) => (
          <StaffTable
            staff={rows}
            units={unitList}
            currentUserId={session.user.id}
            busyId={staff.busyId}
            registerEditButton={staff.registerEditButton}
            onEdit={staff.startEdit}
            onSetStatus={(member, next) => void setMemberStatus(member, next)}
          />
        )}
      </TableSection>
    </>
  );
}
