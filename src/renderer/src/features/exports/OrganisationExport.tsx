import { useLiveQuery } from 'dexie-react-hooks';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../app/store';
import { exportOrganisationIds, readOrganisationRows } from './data/exportQueries';
import type { OrganisationEntity } from '../../domain/entities';
import { ORGANISATION_COLUMNS, ORGANISATION_DEFAULT_COLUMNS } from './model/organisationColumns';
import { ExportButton } from './ExportButton';
import { ExportDialog } from './ExportDialog';
import type { ExportSource } from './exportSource';

/** The register's current filter and sort (from the session store), exactly as the list queries it. */
function OrganisationExportDialog({ onClose }: { onClose: () => void }) {
  const query = useAppStore(useShallow((state) => state.organisationQuery));
  const ids = useLiveQuery(() => exportOrganisationIds(query), [query]);
  const source: ExportSource<OrganisationEntity> = {
    listId: 'organisations',
    nameParts: query.tag ? [query.tag] : [],
    columns: ORGANISATION_COLUMNS,
    defaultColumns: ORGANISATION_DEFAULT_COLUMNS,
    count: ids?.length,
    readRows: (onProgress) => readOrganisationRows(ids ?? [], onProgress),
  };
  return <ExportDialog source={source} onClose={onClose} />;
}

/** "Exportera" on Organisationer. */
export function OrganisationExport() {
  return (
    <ExportButton
      listId="organisations"
      renderDialog={(onClose) => <OrganisationExportDialog onClose={onClose} />}
    />
  );
}
