import { Column } from 'typeorm';
import { TenantEntity } from './tenant-entity';

/** A tenant row about one person (an assessment, a plan, a budget, a review): access follows the person. */
export abstract class PersonRecord extends TenantEntity {
  @Column({ type: 'uuid' })
  personId!: string;
}
