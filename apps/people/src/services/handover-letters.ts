import { AuthorityCode, RelationshipKind, renderHandoverLetter, LocalDate, type HandoverLetterKind } from '@careplan/domain';
import { issuedDocumentColumns, type SubgraphContext } from '@careplan/subgraph-kit';
import { Authority } from '../entities/authority.entity';
import type { Handover } from '../entities/handover.entity';
import { HandoverLetterRecord } from '../entities/handover-letter.entity';
import { Person } from '../entities/person.entity';
import { Relationship } from '../entities/relationship.entity';
import { CommunicationNeedsService } from './communication-needs.service';

/**
 * R20–R22, R2b: a letter of the move from the caller's council to its own record of the person, in their
 * format, copied to their unpaid carers on record (R20 tells the carer too). Once per kind and council.
 */
export async function issueHandoverLetter(ctx: SubgraphContext, h: Handover, kind: HandoverLetterKind, personId: string, explanation: string | null = null): Promise<void> {
  const manager = await ctx.db.manager();
  const own = ctx.identity.authority;
  const other = own === h.toAuthorityCode ? h.fromAuthorityCode : h.toAuthorityCode;
  const [person, needs, carers, authorities] = await Promise.all([
    manager.findOneByOrFail(Person, { id: personId }),
    new CommunicationNeedsService(ctx).forPerson(personId),
    manager.findBy(Relationship, { personId, kind: RelationshipKind.UNPAID_CARER }),
    manager.findBy(Authority, [{ code: own }, { code: other }]),
  ]);
  const name = (code: string) => authorities.find((a) => a.code === code)?.name ?? code;
  const contact = own === h.toAuthorityCode ? h.toContact : h.fromContact;
  const today = LocalDate.today();
  const copiesTo = carers.filter((c) => !c.endedOn || LocalDate.parse(c.endedOn).isAfter(today)).map((c) => `${c.name} (carer)`);
  const rendered = renderHandoverLetter(
    {
      kind,
      council: name(own),
      otherCouncil: name(other),
      nation: AuthorityCode.parse(own).nation,
      duty: h.continuityDuty,
      addressee: person.preferredName ?? person.givenName,
      date: today.toString(),
      moveDate: h.moveDate,
      contact: contact?.name ?? name(own),
      explanation,
      copiesTo,
    },
    { formats: needs?.formats ?? [], language: needs?.language ?? null },
  );
  await manager
    .createQueryBuilder()
    .insert()
    .into(HandoverLetterRecord)
    .values({ authorityCode: own, handoverId: h.id, personId, kind, copiesTo, ...issuedDocumentColumns(rendered, today.toString(), ctx.identity.userId) })
    .orIgnore()
    .execute();
}
