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
  SettingEntity,
  UnitEntity,
} from '../domain/entities';
import { populateDefaults } from './populateDefaults';
import { SCHEMA_V1 } from './schema';

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

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.on('populate', (tx) => populateDefaults(tx));
  }
}
