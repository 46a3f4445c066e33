import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { Express, Response } from 'express';
import { DomainError } from '@careplan/domain';
import type { TokenVerifier } from '@careplan/identity';
import { dataReturnFile, dataReturnsDir } from '@careplan/runtime';
import type { GatewayContext } from './context';
import { RecordDataReturnDownloadDocument, type RecordDataReturnDownloadMutation, type RecordDataReturnDownloadMutationVariables } from './graph/generated';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 };
const FORMATS = { csv: { format: 'CSV', type: 'text/csv; charset=utf-8' }, parquet: { format: 'PARQUET', type: 'application/vnd.apache.parquet' } } as const;

function refuse(res: Response, code: string, message: string): void {
  res.status(STATUS[code] ?? 500).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * `GET /data-returns/<id>.csv|parquet` with the caller's bearer token: the one way in to a statutory return's
 * file. The gateway asks the graph to record the download first (which only a RETURNS_OFFICER of the
 * return's council, for a ready and unexpired return, may), then streams the file the worker wrote.
 */
export function serveDataReturns(app: Express, server: ApolloServer<GatewayContext>, verifier: TokenVerifier, dir = dataReturnsDir()): void {
  app.get('/data-returns/:file', async (req, res) => {
    const m = /^([0-9a-f-]{36})\.(csv|parquet)$/.exec(String(req.params.file));
    if (!m) return refuse(res, 'NOT_FOUND', 'no such return file');
    const [, id, ext] = m as unknown as [string, string, keyof typeof FORMATS];
    let contextValue: GatewayContext;
    try {
      contextValue = { requestId: randomUUID(), identity: await verifier.verify(req.headers.authorization), token: String(req.headers.authorization).replace(/^Bearer\s+/i, '') };
    } catch (e) {
      return refuse(res, e instanceof DomainError && e.code !== 'UNAUTHENTICATED' ? e.code : 'UNAUTHENTICATED', 'the token could not be verified');
    }
    // The download, asked of the graph as the caller: analytics refuses the wrong role, council or state, and audits it.
    const result = await server.executeOperation<RecordDataReturnDownloadMutation, RecordDataReturnDownloadMutationVariables>(
      { query: RecordDataReturnDownloadDocument, variables: { input: { id, format: FORMATS[ext].format } } },
      { contextValue },
    );
    const body = result.body.kind === 'single' ? result.body.singleResult : undefined;
    const error = body?.errors?.[0];
    if (error || !body?.data) return refuse(res, String(error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), error?.message ?? 'the download could not be recorded');
    const path = dataReturnFile(dir, id, ext);
    const size = await stat(path).then((s) => s.size).catch(() => null);
    if (size === null) return refuse(res, 'NOT_FOUND', 'the return’s file is gone: ask for it again');
    res.status(200).set({ 'content-type': FORMATS[ext].type, 'content-length': String(size), 'content-disposition': `attachment; filename="${id}.${ext}"`, 'cache-control': 'no-store' });
    createReadStream(path).pipe(res);
  });
}
