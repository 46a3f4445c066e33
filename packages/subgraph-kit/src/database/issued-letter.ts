import { Column } from 'typeorm';
import type { InformationFormat } from '@careplan/domain';
import { TenantEntity } from './tenant-entity';

/** A letter as issued (decision letters, review refusals): the exact HTML the person received, in their format (R2b). */
export abstract class IssuedLetter extends TenantEntity {
  @Column({ type: 'text', nullable: true })
  format!: InformationFormat | null;

  @Column({ type: 'text', array: true })
  notYetAvailable!: InformationFormat[];

  /** The language the person needs that the letter is not written in (R2b). */
  @Column({ type: 'text', nullable: true })
  languageNotYetAvailable!: string | null;

  @Column({ type: 'text', array: true })
  copiesTo!: string[];

  @Column({ type: 'text' })
  html!: string;

  @Column({ type: 'date' })
  issuedOn!: string;

  @Column({ type: 'text' })
  issuedBy!: string;
}

/** What a letter or copy was rendered as (`renderLetter`, `renderPlanHtml`): R2b's format and flags, and the HTML. */
export interface RenderedDocument {
  html: string;
  format: InformationFormat | null;
  notYetAvailable: InformationFormat[];
  languageNotYetAvailable: string | null;
}

/** The columns every issued letter and copy records: exactly what the person was sent, when and by whom. */
export function issuedDocumentColumns(rendered: RenderedDocument, issuedOn: string, issuedBy: string) {
  const { html, format, notYetAvailable, languageNotYetAvailable } = rendered;
  return { html, format, notYetAvailable, languageNotYetAvailable, issuedOn, issuedBy };
}
