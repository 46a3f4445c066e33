import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CldEventType } from '@careplan/domain';
import { LocalDateScalar } from '@careplan/subgraph-kit';
import { DataReturnFormat, DataReturnStatus } from '../services/data-return.service';

registerEnumType(DataReturnStatus, {
  name: 'DataReturnStatus',
  description: 'Where a statutory return stands.',
  valuesConfig: {
    QUEUED: { description: 'Asked for; the worker has not started it.' },
    RUNNING: { description: 'The worker is building it; see progress.' },
    READY: { description: 'Built and downloadable until expiresAt.' },
    FAILED: { description: 'The worker could not build it: ask for it again.' },
    EXPIRED: { description: 'Past its expiry: its files are deleted.' },
  },
});
registerEnumType(DataReturnFormat, {
  name: 'DataReturnFormat',
  description: 'The file formats a return comes in: the same rows in each.',
  valuesConfig: { CSV: { description: 'CSV in the specification’s column order, as NHS England’s portal takes it.' }, PARQUET: { description: 'Parquet, for loading into a data warehouse.' } },
});
registerEnumType(CldEventType, {
  name: 'ClientLevelDataEventType',
  description: 'The kinds of event the Client Level Data return has a row for.',
  valuesConfig: {
    REQUEST: { description: 'A request for support (here, an assessment asked for).' },
    ASSESSMENT: { description: 'A needs or carer’s assessment under way or completed.' },
    SERVICE: { description: 'One support item of a plan in force.' },
    REVIEW: { description: 'A completed review.' },
  },
});

@ObjectType({ description: 'Rows of a return by event type.' })
export class DataReturnRowCounts {
  @Field(() => Int, { description: 'Request rows.' })
  requests!: number;

  @Field(() => Int, { description: 'Assessment rows.' })
  assessments!: number;

  @Field(() => Int, { description: 'Service rows.' })
  services!: number;

  @Field(() => Int, { description: 'Review rows.' })
  reviews!: number;

  @Field(() => Int, { description: 'All rows.' })
  total!: number;
}

@ObjectType({ description: 'A statutory return of your council: the quarterly Client Level Data return to NHS England.' })
export class DataReturn {
  @Field(() => ID, { description: 'The return’s id.' })
  id!: string;

  @Field(() => String, { description: 'The reporting quarter, such as 2026-Q2 (financial-year quarters: Q1 is April to June).' })
  quarter!: string;

  @Field(() => DataReturnStatus, { description: 'Where it stands.' })
  status!: DataReturnStatus;

  @Field(() => Int, { description: 'How far the worker has got, 0 to 100.' })
  progress!: number;

  @Field(() => DataReturnRowCounts, { nullable: true, description: 'Rows by event type; null until ready.' })
  rowCounts!: DataReturnRowCounts | null;

  @Field(() => String, { nullable: true, description: 'Where the gateway serves the CSV to a RETURNS_OFFICER of your council with a bearer token (GET, relative to the gateway); null unless ready. Every download is audited.' })
  downloadUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'The same rows as Parquet, served the same way; null unless ready.' })
  parquetUrl!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it stops being downloadable and its files are deleted; null until ready.' })
  expiresAt!: Date | null;

  @Field(() => Date, { description: 'When it was asked for.' })
  requestedAt!: Date;
}

@InputType({ description: 'Asks for a Client Level Data return.' })
export class RequestClientLevelDataReturnInput {
  @Field(() => String, { description: 'The reporting quarter, such as 2026-Q2: financial-year quarters as NHS England counts them (Q1 April–June, Q4 January–March of the next calendar year), named by the year the financial year starts in.' })
  quarter!: string;
}

@InputType({ description: 'The worker’s report on a return it is building.' })
export class RecordDataReturnProgressInput {
  @Field(() => ID, { description: 'The return.' })
  id!: string;

  @Field(() => Int, { description: 'People gone through so far.' })
  peopleDone!: number;

  @Field(() => DataReturnStatus, { description: 'RUNNING, or READY or FAILED at the end.' })
  status!: DataReturnStatus;

  @Field(() => Int, { nullable: true, description: 'READY: request rows.' })
  requests?: number | null;

  @Field(() => Int, { nullable: true, description: 'READY: assessment rows.' })
  assessments?: number | null;

  @Field(() => Int, { nullable: true, description: 'READY: service rows.' })
  services?: number | null;

  @Field(() => Int, { nullable: true, description: 'READY: review rows.' })
  reviews?: number | null;

  @Field(() => Int, { nullable: true, description: 'READY: bytes of the CSV file.' })
  csvBytes?: number | null;

  @Field(() => String, { nullable: true, description: 'READY: SHA-256 of the CSV file, hex.' })
  csvSha256?: string | null;

  @Field(() => Int, { nullable: true, description: 'READY: bytes of the Parquet file.' })
  parquetBytes?: number | null;

  @Field(() => String, { nullable: true, description: 'READY: SHA-256 of the Parquet file, hex.' })
  parquetSha256?: string | null;
}

@InputType({ description: 'A download the gateway is about to serve.' })
export class RecordDataReturnDownloadInput {
  @Field(() => ID, { description: 'The return.' })
  id!: string;

  @Field(() => DataReturnFormat, { description: 'The file asked for.' })
  format!: DataReturnFormat;
}

@InputType({ description: 'Marks your council’s returns past their expiry as expired.' })
export class ExpireDataReturnsInput {
  @Field(() => Date, { description: 'Expire the returns whose expiry is at or before this instant (the worker gives now).' })
  before!: Date;
}

@ObjectType({ description: 'One event of one person in a return’s quarter, as codes: the worker adds the person’s identifiers from the people subgraph.' })
export class ClientLevelDataEvent {
  @Field(() => ID, { description: 'The person, as asked about (analytics keeps only their pseudonym).' })
  personId!: string;

  @Field(() => CldEventType, { description: 'The kind of event.' })
  type!: CldEventType;

  @Field(() => String, { description: 'The record’s keyed reference in analytics: stable, meaningless outside your council.' })
  reference!: string;

  @Field(() => LocalDateScalar, { description: 'The day it started.' })
  startDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it ended; null while it goes on.' })
  endDate!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'REQUEST: the assessment asked for was withdrawn.' })
  withdrawn?: boolean | null;

  @Field(() => String, { nullable: true, description: 'ASSESSMENT: an `AssessmentKind` value.' })
  assessmentKind?: string | null;

  @Field(() => String, { nullable: true, description: 'ASSESSMENT: an `AssessmentEventOutcome` value.' })
  assessmentOutcome?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'ASSESSMENT: whether eligible needs were found.' })
  eligible?: boolean | null;

  @Field(() => String, { nullable: true, description: 'SERVICE: a `ServiceType` value.' })
  serviceType?: string | null;

  @Field(() => String, { nullable: true, description: 'SERVICE: a `ServiceComponent` value.' })
  serviceComponent?: string | null;

  @Field(() => String, { nullable: true, description: 'SERVICE: a `DeliveryMechanism` value.' })
  deliveryMechanism?: string | null;

  @Field(() => String, { nullable: true, description: 'SERVICE: why the plan closed, a `PlanClosureReason` value.' })
  closureReason?: string | null;

  @Field(() => Int, { nullable: true, description: 'SERVICE: unit cost in pence.' })
  unitCostPence?: number | null;

  @Field(() => String, { nullable: true, description: 'SERVICE: a `UnitType` value.' })
  unitType?: string | null;

  @Field(() => Float, { nullable: true, description: 'SERVICE: planned units a week.' })
  plannedUnitsPerWeek?: number | null;

  @Field(() => String, { nullable: true, description: 'REVIEW: a `ReviewKind` value.' })
  reviewKind?: string | null;

  @Field(() => String, { nullable: true, description: 'REVIEW: an `UnplannedTrigger` value.' })
  trigger?: string | null;

  @Field(() => String, { nullable: true, description: 'REVIEW: a `ReviewOutcome` value.' })
  reviewOutcome?: string | null;
}
