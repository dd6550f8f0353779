import { Dexie, type EntityTable } from 'dexie';
import type {
  CallEntity,
  ContactPersonEntity,
  DraftEntity,
  EventEntity,
  FollowUpEntity,
  InquiryEntity,
  NavigatorEntity,
  OrganisationEntity,
  PriorityAreaEntity,
  SavedViewEntity,
  SettingEntity,
  UnitEntity,
} from '../domain/entities';
import type { BriefEntity } from '../domain/brief';
import type { ImportBatchEntity, ImportMappingEntity } from '../domain/importBatch';
import { populateDefaults } from './populateDefaults';
import { DATA_UPGRADES } from './migrations';
import { changeTrackingMiddleware } from './changeTracking';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6 } from './schema';

export const DATABASE_NAME = 'lotsbok';

/** The whole domain in one database. Versions are only ever appended (see schema.ts). */
export class LotsbokDatabase extends Dexie {
  navigators!: EntityTable<NavigatorEntity, 'id'>;
  organisations!: EntityTable<OrganisationEntity, 'id'>;
  contactPersons!: EntityTable<ContactPersonEntity, 'id'>;
  inquiries!: EntityTable<InquiryEntity, 'id'>;
  calls!: EntityTable<CallEntity, 'id'>;
  followUps!: EntityTable<FollowUpEntity, 'id'>;
  priorityAreas!: EntityTable<PriorityAreaEntity, 'id'>;
  units!: EntityTable<UnitEntity, 'id'>;
  events!: EntityTable<EventEntity, 'id'>;
  settings!: EntityTable<SettingEntity, 'key'>;
  drafts!: EntityTable<DraftEntity, 'key'>;
  savedViews!: EntityTable<SavedViewEntity, 'id'>;
  importBatches!: EntityTable<ImportBatchEntity, 'id'>;
  importMappings!: EntityTable<ImportMappingEntity, 'id'>;
  briefs!: EntityTable<BriefEntity, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) => DATA_UPGRADES[2]?.(tx));
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
    this.use(changeTrackingMiddleware);
    this.on('populate', (tx) => populateDefaults(tx));
  }
}
