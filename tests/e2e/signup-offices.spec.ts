import { expect, test } from '../helpers/sharedPage.ts';
import { isPartial, locales, t } from '../../src/i18n/locales.ts';
import { routePath } from '../../src/routing/routes.ts';
import { elsewhereOffice, type Role } from '../../src/forms/formFields.ts';
import { officeFiles } from '../helpers/content.ts';

/*
 * The offices she can choose are the cities the newest source names: KVINFO's own English page on
 * the Mentor Network (kvinfo.dk/mentornetvaerk, undated; ../shared/seed/public-facts.md). Written
 * out here from that source, not read from the offices collection, so an entry switched off or
 * deleted by mistake fails the test instead of quietly leaving the form.
 */
const newestSource = ['aarhus', 'odense', 'svendborg', 'slagelse', 'koebenhavn'];

for (const locale of locales) {
	// A partial language's sign-up page has the mentee's form only (its pages cover her path).
	const roles: Role[] = isPartial(locale) ? ['mentee'] : ['mentee', 'mentor'];
	const offices = officeFiles(locale);
	for (const role of roles) {
		test(`${locale}: the ${role} form offers every city of the newest source, at 390 px`, async ({
			page,
		}) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(`${routePath({ locale, page: 'signup' })}#${role}`);
			const title = t(locale, role === 'mentee' ? 'cta.signupMentee' : 'cta.signupMentor');
			const form = page.getByRole('region', { name: title });
			const choice = form.getByRole('group', { name: t(locale, 'signup.office.label') });
			for (const key of newestSource) {
				const office = offices.find((o) => o.key === key);
				expect(office, `content/offices/${locale}/${key}.md exists`).toBeDefined();
				const radio = choice.getByRole('radio', { name: office!.name, exact: true });
				await expect(radio).toHaveAttribute('value', key);
				// She can see it and choose it on a phone.
				await radio.check();
				await expect(radio).toBeChecked();
			}
			const elsewhere = choice.getByRole('radio', {
				name: t(locale, 'signup.office.elsewhere'),
			});
			await expect(elsewhere).toHaveAttribute('value', elsewhereOffice);
			// An office kept for the history only (Fyn, 2012) is not offered as if it ran today.
			for (const office of offices.filter((o) => o.offered === false)) {
				await expect(choice.locator(`input[value="${office.key}"]`)).toHaveCount(0);
			}
			// And nothing else: the offices offered in the collection, then »I live elsewhere«.
			const offered = offices.filter((o) => o.offered !== false);
			await expect(choice.getByRole('radio')).toHaveCount(offered.length + 1);
		});
	}
}
