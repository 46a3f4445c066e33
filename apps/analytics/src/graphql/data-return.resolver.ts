import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import { DataReturnFormat, DataReturnService, DataReturnStatus, type DataReturnRow } from '../services/data-return.service';
import {
  ClientLevelDataEvent,
  DataReturn,
  ExpireDataReturnsInput,
  RecordDataReturnDownloadInput,
  RecordDataReturnProgressInput,
  RequestClientLevelDataReturnInput,
} from './data-return.types';

/** Where the gateway serves a ready return's file (apps/gateway, `/data-returns/:id.:ext`). */
const fileUrl = (row: DataReturnRow, ext: string) => (row.status === DataReturnStatus.READY ? `/data-returns/${row.id}.${ext}` : null);

function toDataReturn(row: DataReturnRow): DataReturn {
  const c = row.row_counts;
  return {
    id: row.id,
    quarter: row.quarter,
    status: row.status,
    progress: row.progress,
    rowCounts: c ? { requests: c.requests ?? 0, assessments: c.assessments ?? 0, services: c.services ?? 0, reviews: c.reviews ?? 0, total: c.total ?? 0 } : null,
    downloadUrl: fileUrl(row, 'csv'),
    parquetUrl: row.files?.parquet ? fileUrl(row, 'parquet') : null,
    expiresAt: row.expires_at,
    requestedAt: row.requested_at,
  };
}

@Resolver()
export class DataReturnResolver {
  @Mutation(() => DataReturn, {
    description:
      'Asks for the quarterly Client Level Data return of your council for NHS England; the worker builds it (see `dataReturn` for progress). The return carries NHS numbers, local person ids, dates of birth and postcodes because the specification requires them for pseudonymisation at NHS England’s portal. Audited. Roles: RETURNS_OFFICER.',
  })
  @Authorized(Role.RETURNS_OFFICER)
  async requestClientLevelDataReturn(@Arg('input', () => RequestClientLevelDataReturnInput, { description: 'The quarter.' }) input: RequestClientLevelDataReturnInput, @Ctx() ctx: SubgraphContext): Promise<DataReturn> {
    return toDataReturn(await new DataReturnService(ctx).request(input.quarter));
  }

  @Query(() => DataReturn, { description: 'A statutory return of your council, with its progress while the worker builds it. Roles: RETURNS_OFFICER, SERVICE.' })
  @Authorized(Role.RETURNS_OFFICER, Role.SERVICE)
  async dataReturn(@Arg('id', () => ID, { description: 'The return’s id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<DataReturn> {
    return toDataReturn(await new DataReturnService(ctx).get(id));
  }

  @Query(() => [ClientLevelDataEvent], {
    description:
      'The events in a return’s quarter of a page of people (at most 1000, ids as the people subgraph gives them), in the order the return writes them. Analytics turns the ids into pseudonyms itself and keeps none of them. Roles: SERVICE.',
  })
  @Authorized(Role.SERVICE)
  clientLevelDataEvents(
    @Arg('returnId', () => ID, { description: 'The return being built.' }) returnId: string,
    @Arg('personIds', () => [ID], { description: 'The people of this page.' }) personIds: string[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<ClientLevelDataEvent[]> {
    return new DataReturnService(ctx).events(returnId, personIds);
  }

  @Mutation(() => DataReturn, { description: 'The worker’s report on a return it builds: progress, and at the end its row counts and files (audited as produced). Roles: SERVICE.' })
  @Authorized(Role.SERVICE)
  async recordDataReturnProgress(@Arg('input', () => RecordDataReturnProgressInput, { description: 'The report.' }) input: RecordDataReturnProgressInput, @Ctx() ctx: SubgraphContext): Promise<DataReturn> {
    const counts = { requests: input.requests ?? 0, assessments: input.assessments ?? 0, services: input.services ?? 0, reviews: input.reviews ?? 0 };
    const ready = input.status === DataReturnStatus.READY;
    const files = ready
      ? {
          csv: { bytes: input.csvBytes ?? 0, sha256: input.csvSha256 ?? '' },
          ...(input.parquetSha256 ? { parquet: { bytes: input.parquetBytes ?? 0, sha256: input.parquetSha256 } } : {}),
        }
      : null;
    const total = counts.requests + counts.assessments + counts.services + counts.reviews;
    return toDataReturn(await new DataReturnService(ctx).progress({ id: input.id, peopleDone: input.peopleDone, status: input.status, rowCounts: ready ? { ...counts, total } : null, files }));
  }

  @Mutation(() => DataReturn, { description: 'Records a download the gateway is about to serve: refused (CONFLICT) unless the return is ready and unexpired. Audited with who asked. Roles: RETURNS_OFFICER.' })
  @Authorized(Role.RETURNS_OFFICER)
  async recordDataReturnDownload(@Arg('input', () => RecordDataReturnDownloadInput, { description: 'The return and format.' }) input: RecordDataReturnDownloadInput, @Ctx() ctx: SubgraphContext): Promise<DataReturn> {
    return toDataReturn(await new DataReturnService(ctx).download(input.id, input.format ?? DataReturnFormat.CSV));
  }

  @Mutation(() => [DataReturn], { description: 'Marks your council’s returns past their expiry as expired and answers them, for the worker to delete their files. Roles: SERVICE.' })
  @Authorized(Role.SERVICE)
  async expireDataReturns(@Arg('input', () => ExpireDataReturnsInput, { description: 'Up to when.' }) input: ExpireDataReturnsInput, @Ctx() ctx: SubgraphContext): Promise<DataReturn[]> {
    return (await new DataReturnService(ctx).expire(input.before)).map(toDataReturn);
  }
}
