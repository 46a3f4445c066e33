import { In } from 'typeorm';
import { AuthorityCode, NotFound, assertConsiderationDays } from '@careplan/domain';
import type { SubgraphContext } from '@careplan/subgraph-kit';
import { Authority } from '../entities/authority.entity';

export class AuthorityService {
  constructor(private readonly ctx: SubgraphContext) {}

  private loader() {
    return this.ctx.loaders.get<string, Authority | null>('authority', async (codes) => {
      const rows = await (await this.ctx.db.manager()).findBy(Authority, { code: In([...codes]) });
      const found = new Map(rows.map((a) => [a.code, a]));
      return codes.map((c) => found.get(c) ?? null);
    });
  }

  async find(code: string): Promise<Authority | null> {
    return this.loader().load(AuthorityCode.parse(code, 'code').toString());
  }

  async load(code: string): Promise<Authority> {
    const authority = await this.loader().load(code);
    if (!authority) throw new NotFound('Authority', code);
    return authority;
  }

  /** R9: the caller's council sets how long people have to consider a proposed plan (1 to 90 days). */
  async setPlanConsiderationDays(days: number): Promise<Authority> {
    assertConsiderationDays(days, 'days');
    const manager = await this.ctx.db.manager();
    await manager.update(Authority, { code: this.ctx.identity.authority }, { planConsiderationDays: days });
    return manager.findOneByOrFail(Authority, { code: this.ctx.identity.authority });
  }
}
