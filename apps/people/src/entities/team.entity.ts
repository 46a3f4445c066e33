import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@careplan/subgraph-kit';

@Entity({ name: 'team', schema: 'people' })
export class Team extends TenantEntity {
  @Column({ type: 'text' })
  name!: string;
}
