/** The kind of request an access-history entry records (every read or change of a person's data is audited). */
export enum AccessOperation {
  QUERY = 'QUERY',
  MUTATION = 'MUTATION',
}

export const ACCESS_OPERATION_LABELS: Record<AccessOperation, string> = {
  QUERY: 'A query: it read the record (changed is false).',
  MUTATION: 'A mutation: a request that may change data; changed says whether it changed this record.',
};
