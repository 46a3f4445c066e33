import { randomBytes } from 'node:crypto';
import { Role } from '@careplan/domain';
import { graphql, tokenFor } from '@careplan/testing';

async function ok(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const res = await graphql(url, query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

/** A webhook secret per council, as each would set its own. */
export const webhookSecrets = (codes: readonly string[]) => new Map(codes.map((code) => [code, randomBytes(24).toString('hex')]));

/**
 * What a council's team manager does through the graph before reminders flow: a manager on record
 * (reminders for people with nobody allocated go to the council's managers), and the review settings
 * with the council's webhook and its secret. No sender address: every delivery is the webhook.
 */
export async function pointRemindersAt(graphUrl: string, secrets: ReadonlyMap<string, string>, webhookUrl: (authority: string) => string): Promise<void> {
  for (const [authority, secret] of secrets) {
    const manager = await tokenFor({ authority, userId: `bench-tm-${authority}`, roles: [Role.TEAM_MANAGER] });
    await ok(graphUrl, manager, `mutation($input: PractitionerInput!) { createPractitioner(input: $input) { id } }`, {
      input: { userId: `bench-tm-${authority}`, givenName: 'Bench', familyName: 'Manager', roles: ['TEAM_MANAGER'] },
    });
    await ok(graphUrl, manager, `mutation($input: ReviewSettingsInput!) { updateReviewSettings(input: $input) { version } }`, {
      input: { version: 0, firstReviewWeeks: 8, maxMonthsBetweenReviews: 12, reminderLeadDays: [28, 7], webhookUrl: webhookUrl(authority), webhookSecret: secret },
    });
  }
}
