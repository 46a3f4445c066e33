import { BadUserInput } from '@careplan/domain';
import { assertCanSeePerson, byId, type SubgraphContext } from '@careplan/subgraph-kit';
import { Person } from '../entities/person.entity';

/**
 * The person a write is about: in the caller's authority (else BAD_USER_INPUT on `field`, never saying
 * whether it exists elsewhere), visible to the caller, and audited as changed.
 */
export async function personForWrite(ctx: SubgraphContext, personId: string, field = 'personId'): Promise<Person> {
  const person = await byId(ctx, Person).load(personId);
  if (!person) throw new BadUserInput(field, `${field} is not a person in your authority`);
  assertCanSeePerson(ctx.identity, person.id);
  ctx.audit.wrote(person.id);
  return person;
}
