import { latinRoutes, type PartialStrings } from './partial.ts';

/**
 * Persian UI strings: a partial language (the mentee's path), right to left. Translated from the
 * Danish and English strings; not yet reviewed by a person fluent in Persian. URL segments stay in
 * Latin letters, so an address can be typed and read aloud.
 */
export default {
	'locale.name': 'فارسی',
	'locale.dir': 'rtl',
	'locale.ogLocale': 'fa_IR',
	'locale.intl': 'fa',
	'locale.coverage': 'partial',

	...latinRoutes,

	'nav.label': 'منوی اصلی',
	'nav.home': 'صفحهٔ اصلی',
	'nav.mentees': 'برای منتی‌ها',
	'nav.faq': 'پرسش و پاسخ',
	'nav.offices': 'دفترها',
	'nav.signup': 'ثبت‌نام',
	'nav.search': 'جستجو',
	'nav.privacy': 'اطلاعیهٔ حریم خصوصی',
	'nav.thanks': 'از ثبت‌نام شما سپاسگزاریم',
	'nav.languages': 'زبان‌ها',

	'skip.link': 'رفتن به محتوا',
	'header.language': 'زبان',
	'search.label': 'جستجو در سایت',
	'search.placeholder': 'جستجو',
	'search.submit': 'جستجو',
	'search.queryLabel': 'جستجوی',
	'search.noScript':
		'جستجو به JavaScript نیاز دارد که در مرورگر شما خاموش است. برای یافتن آنچه می‌خواهید، از فهرست صفحه‌های سایت در پایین استفاده کنید.',
	'search.unavailable':
		'جستجو هم‌اکنون بارگیری نشد. کمی بعد دوباره امتحان کنید، یا از فهرست صفحه‌های سایت در پایین استفاده کنید.',
	'search.kind': 'جستجو در',
	'search.kind.all': 'همهٔ سایت',
	'search.kind.faq': 'پرسش و پاسخ',
	'search.kind.office': 'دفترها',
	'search.kind.page': 'صفحه‌های دیگر',
	'search.audience': 'پرسش‌ها برای',
	'search.audience.all': 'همهٔ گروه‌ها',
	'search.results': 'نتایج جستجو',
	'search.empty': 'برای جستجو یک یا چند واژه بنویسید، برای نمونه «منتور» یا «دفتر».',
	'search.count.one': '1 نتیجه برای «{query}»',
	'search.count.other': '{count} نتیجه برای «{query}»',
	'search.none':
		'نتیجه‌ای برای «{query}» نیست. واژهٔ دیگر یا کوتاه‌تری را امتحان کنید، در همهٔ سایت جستجو کنید، یا از فهرست صفحه‌های سایت در پایین استفاده کنید.',
	'search.more': 'نمایش نتایج بیشتر',
	'footer.about': 'شبکهٔ منتورینگ برنامه‌ای است که KVINFO آن را ساخته است.',
	'footer.more': 'دربارهٔ این سایت',
	'footer.sections': 'صفحه‌های این سایت',
	'siteIndex.heading': 'بخش‌های اصلی این سایت',
	'footer.source':
		'اطلاعات دربارهٔ برنامه، مگر آنکه جز این گفته شود، از معرفی شبکهٔ منتورینگ توسط KVINFO در اکتبر 2012 است.',
	'footer.otherPages': 'بقیهٔ سایت به زبان‌های دانمارکی و انگلیسی است:',
	'languages.covers': 'صفحه‌های ویژهٔ منتی‌ها',
	'translation.from.da': 'این صفحه از دانمارکی ترجمه شده است.',
	'translation.from.en': 'این صفحه از انگلیسی ترجمه شده است.',
	'translation.unreviewed': 'هنوز کسی که به فارسی مسلط است ترجمه را بررسی نکرده است.',
	'translation.reviewed': 'کسی که به فارسی مسلط است ترجمه را بررسی کرده است.',
	'translation.applies': 'هر جا متن‌ها با هم فرق دارند، متن دانمارکی معتبر است:',
	'translation.source': 'متن دانمارکی',

	'home.todayHeading': 'شبکه امروز',
	'home.todayResult':
		'در سال 2021، 59% از منتی‌هایی که پس از دورهٔ خود به ارزیابی پاسخ دادند، کار یا تحصیل پیدا کردند.',
	'home.todaySource': 'KVINFO،\u200f 24 مه 2022',
	'home.todayCities':
		'صفحهٔ خود KVINFO (بدون تاریخ) از پنج شهر نام می‌برد: اورهوس، اودنسه، سوِندبورگ، اسلاگلسه و کپنهاگ.',
	'home.todayOffices': 'شهرها و دفترها را ببینید',
	'home.ctaMentee': 'بیشتر برای منتی‌ها بخوانید',
	'cta.signupMentee': 'به‌عنوان منتی ثبت‌نام کنید',
	'cta.readFaq': 'پرسش‌ها و پاسخ‌ها را بخوانید',

	'map.heading': 'دفترها روی نقشه',
	'map.title': 'نقشهٔ دانمارک با دفترهای شبکهٔ منتورینگ',
	'map.desc':
		'مرز دانمارک با یک نقطهٔ شماره‌دار برای هر دفتر، در منطقه‌ای که دفتر به آن خدمت می‌دهد.',
	'map.area': 'منطقه‌ای که دفتر به آن خدمت می‌دهد – نه نشانی خیابان',
	'map.notPlaced': 'روی نقشه نیست، چون مکان آن معلوم نیست',
	'map.offices': 'دفترها روی نقشه',
	'map.credit':
		'نقشه: Natural Earth (مالکیت عمومی) از طریق world-atlas، هنگام ساخت سایت کشیده شده.',
	'offices.location': 'مکان',
	'offices.locationArea':
		'نشانی دفتر را نمی‌دانیم. پیوند، منطقه‌ای را نشان می‌دهد که دفتر به آن خدمت می‌دهد.',
	'offices.osmArea': 'منطقه را در OpenStreetMap ببینید',
	'offices.osmAddress': 'نشانی را در OpenStreetMap ببینید',
	'stories.profession': 'رشته',
	'stories.office': 'دفتر',

	'faq.audience.mentee': 'برای منتی‌ها',
	'faq.audience.mentor': 'برای منتورها',
	'faq.audience.partner': 'برای سازمان‌های همکار',
	'faq.audience.everyone': 'برای همه',
	'faq.contents': 'گروه‌ها',

	'offices.region': 'منطقه',
	'offices.established': 'سال گشایش',
	'offices.address': 'نشانی',
	'offices.email': 'ایمیل',
	'offices.phone': 'تلفن',
	'offices.website': 'وب‌سایت',
	'offices.hours': 'ساعت‌های کار',
	'offices.accessibility': 'دسترس‌پذیری',
	'offices.directions': 'چگونه به آنجا بروید',
	'offices.unknown': 'نشانی و ساعت‌های کار هنوز اینجا نیست. شبکه می‌تواند آن‌ها را به شما بدهد.',
	'offices.back': 'همهٔ دفترها',
	// Offices she can choose (issue 22): today's cities, apart from those kept for the history
	'offices.todayHeading': 'شهرهایی که می‌توانید انتخاب کنید',
	'offices.historyHeading': 'از تاریخچهٔ شبکه',
	'offices.sources': 'منابع',
	'offices.historyOnly':
		'این دفتر بخشی از تاریخچهٔ شبکه است. هنگام ثبت‌نام نمی‌توانید آن را انتخاب کنید.',

	// Sign-up form
	'signup.optional': '(اختیاری)',
	'signup.languageNote':
		'شبکهٔ منتورینگ به زبان دانمارکی ارتباط برقرار می‌کند: تماس با شبکه و دیدارها به زبان دانمارکی است.',
	'signup.errorPrefix': 'خطا:',
	'signup.summaryTitle': 'مشکلی وجود دارد',
	'signup.submit': 'ارسال ثبت‌نام',
	'signup.sending': 'در حال ارسال ثبت‌نام شما…',
	'signup.failedTitle': 'ثبت‌نام شما ارسال نشده است',
	'signup.unconfirmedTitle': 'نتوانستیم تأیید کنیم که ثبت‌نام شما رسیده است',
	'signup.failed.unreachable':
		'نتوانستیم وصل شویم، پس ثبت‌نام شما ارسال نشده است. پاسخ‌های شما هنوز اینجاست. اتصال اینترنت خود را بررسی کنید و دوباره «ارسال ثبت‌نام» را بزنید.',
	'signup.failed.timeout':
		'پاسخی به‌موقع نرسید، پس نمی‌دانیم ثبت‌نام شما رسیده است یا نه. پاسخ‌های شما هنوز اینجاست. می‌توانید با خیال راحت دوباره بفرستید: همان پاسخ‌ها فقط یک بار ثبت می‌شوند.',
	'signup.failed.rejected':
		'هم‌اکنون نتوانستیم ثبت‌نام شما را بپذیریم. پاسخ‌های شما هنوز اینجاست. کمی بعد دوباره امتحان کنید.',
	'signup.honeypot': 'این خانه را خالی بگذارید',
	'signup.tooLong': 'در «{label}» بیش از {max} نویسه ننویسید',
	'signup.name.label': 'نام',
	'signup.name.required': 'نام خود را بنویسید',
	'signup.email.label': 'نشانی ایمیل',
	'signup.email.hint': 'فقط برای تماس با شما دربارهٔ شبکه از آن استفاده می‌کنیم.',
	'signup.email.required': 'نشانی ایمیل خود را بنویسید',
	'signup.email.invalid': 'نشانی ایمیل را به شکل درست بنویسید، مانند name@example.com',
	'signup.phone.label': 'شمارهٔ تلفن',
	'signup.phone.hint': 'اگر ترجیح می‌دهید به شما زنگ بزنیم.',
	'signup.office.label': 'می‌خواهید عضو کدام دفتر باشید؟',
	'signup.office.hint': 'نزدیک‌ترین دفتر به خود را انتخاب کنید.',
	'signup.office.required': 'یک دفتر انتخاب کنید',
	'signup.education.label': 'تحصیلات شما',
	'signup.education.hint': 'برای نمونه: پرستار با تحصیل در سوریه، یا کارشناسی اقتصاد.',
	'signup.education.required': 'تحصیلات خود را بنویسید',
	'signup.profession.label': 'حرفه یا رشتهٔ شما',
	'signup.profession.hint': 'برای نمونه مهندس، معلم یا حسابداری.',
	'signup.profession.required': 'حرفه یا رشتهٔ خود را بنویسید',
	'signup.goals.label': 'خواسته‌ها و هدف‌های شما',
	'signup.goals.hint':
		'با واژه‌های خودتان: به چه چیزی می‌خواهید برسید؟ این به ما کمک می‌کند منتور مناسب شما را پیدا کنیم.',
	'signup.goals.required': 'خواسته‌ها و هدف‌های خود را بنویسید',
	'signup.danishLevel.label': 'دانمارکی را چقدر خوب صحبت می‌کنید؟',
	'signup.danishLevel.none': 'انتخاب نشده',
	'signup.danishLevel.beginner': 'تازه‌کارم',
	'signup.danishLevel.everyday': 'در زندگی روزمره از پسش برمی‌آیم',
	'signup.danishLevel.good': 'دانمارکی را خوب صحبت می‌کنم و می‌نویسم',
	'signup.danishLevel.fluent': 'روان',
	'signup.country.label': 'پیشینهٔ شما از کدام کشور است؟',
	'signup.country.hint':
		'از آن فقط برای شناخت پیشینهٔ شما هنگام یافتن منتور مناسب استفاده می‌کنیم. ممکن است خاستگاه قومی شما را نشان دهد. نوشتن آن به انتخاب خودتان است.',
	'signup.countryConsent.label':
		'بله، شبکهٔ منتورینگ می‌تواند هنگام یافتن منتور مناسب از کشوری که پیشینهٔ من به آن برمی‌گردد استفاده کند.',
	'signup.countryConsent.required':
		'اگر اجازه می‌دهید از کشوری که نوشته‌اید استفاده کنیم، این کادر را علامت بزنید، یا خانهٔ کشور را خالی بگذارید',
	'signup.contactLanguage.label': 'به چه زبانی با شما تماس بگیریم؟',
	'signup.contactLanguage.required': 'یک زبان انتخاب کنید',
	'signup.contactLanguage.da': 'دانمارکی',
	'signup.contactLanguage.en': 'انگلیسی',
	'signup.consent.label':
		'موافقم که شبکهٔ منتورینگ از اطلاعات من برای یافتن منتور مناسب و تماس با من استفاده کند.',
	'signup.consent.link': 'اطلاعیهٔ حریم خصوصی را بخوانید (در زبانهٔ تازه باز می‌شود)',
	'signup.consent.required':
		'برای دادن رضایت، خانه را تیک بزنید. بدون رضایت شما نمی‌توانیم ثبت‌نام را بپذیریم',
	'signup.invalid': 'این پاسخ را بررسی کنید',
	'signup.receiver.invalid':
		'برخی پاسخ‌ها باید اصلاح شوند، پس ثبت‌نام شما ارسال نشده است. به فرم برگردید. پاسخ‌های شما هنوز آنجاست.',
	'signup.receiver.received': 'سپاسگزاریم. ثبت‌نام شما را دریافت کردیم.',

	// Contact and every form (issue 22): any language, the other way to reach the network, the call-back request
	'form.anyLanguage': 'پاسخ‌های خود را در این فرم می‌توانید به هر زبانی بنویسید.',
	'form.otherRoute': 'از راه دیگری هم می‌توانید با ما تماس بگیرید:',
	'form.otherRoute.callback': 'درخواست کنید به شما زنگ بزنیم',
	'callback.formTitle': 'درخواست تماس تلفنی',
	'callback.intro':
		'ایمیل ندارید یا ترجیح می‌دهید با ما صحبت کنید؟ شمارهٔ تلفن خود را بنویسید تا به شما زنگ بزنیم.',
	'callback.submit': 'به من زنگ بزنید',
	'callback.sending': 'در حال ارسال شمارهٔ شما …',
	'callback.failedTitle': 'شمارهٔ شما ارسال نشده است',
	'callback.unconfirmedTitle': 'نتوانستیم مطمئن شویم که شمارهٔ شما رسیده است',
	'callback.failed.unreachable':
		'نتوانستیم وصل شویم، پس شمارهٔ شما ارسال نشده است. آنچه نوشته‌اید هنوز اینجاست. اتصال اینترنت خود را بررسی کنید و دوباره «به من زنگ بزنید» را بزنید.',
	'callback.failed.timeout':
		'به‌موقع پاسخی نگرفتیم، پس نمی‌دانیم شمارهٔ شما رسیده است یا نه. آنچه نوشته‌اید هنوز اینجاست. می‌توانید با خیال راحت دوباره بفرستید: همان درخواست فقط یک بار ثبت می‌شود.',
	'callback.failed.rejected':
		'الان نتوانستیم شمارهٔ شما را بپذیریم. آنچه نوشته‌اید هنوز اینجاست. کمی بعد دوباره امتحان کنید.',
	'callback.phone.hint': 'شماره‌ای که باید به آن زنگ بزنیم.',
	'callback.phone.required': 'شمارهٔ تلفن خود را بنویسید',
	'callback.phone.invalid': 'شمارهٔ تلفن را با رقم بنویسید، مثلاً 12 34 56 78',
	'callback.callLanguage.label': 'ترجیح می‌دهید به چه زبانی صحبت کنیم؟',
	'callback.callLanguage.hint':
		'شبکهٔ منتورینگ به زبان دانمارکی ارتباط برقرار می‌کند. نمی‌توانیم قول بدهیم که به زبان دیگری زنگ بزنیم.',
	'callback.callLanguage.required': 'یک زبان انتخاب کنید',
	'callback.callTime.label': 'چه وقتی برای تماس ما مناسب‌تر است؟',
	'callback.callTime.required': 'انتخاب کنید چه وقت می‌توانیم زنگ بزنیم',
	'callback.callTime.morning': 'صبح',
	'callback.callTime.afternoon': 'بعدازظهر',
	'callback.callTime.any': 'فرقی نمی‌کند',
	'callback.email.hint': 'اگر ایمیل دارید، می‌توانیم برای شما هم بنویسیم.',
	'callback.consent.label': 'موافقم که شبکهٔ منتورینگ از اطلاعات من برای زنگ زدن به من استفاده کند.',
	'callback.consent.required':
		'برای دادن رضایت، خانه را تیک بزنید. بدون رضایت شما نمی‌توانیم به شما زنگ بزنیم',
	'callback.receiver.invalid':
		'برخی پاسخ‌ها باید اصلاح شوند، پس شمارهٔ شما ارسال نشده است. به فرم برگردید. آنچه نوشته‌اید هنوز آنجاست.',
	'callback.receiver.received': 'سپاسگزاریم. شمارهٔ تلفن شما را دریافت کردیم.',

	'notFound.title': 'صفحه پیدا نشد',
	'notFound.body': 'صفحه‌ای را که دنبالش هستید پیدا نمی‌کنیم. شاید جابه‌جا شده باشد.',
	'notFound.home': 'رفتن به صفحهٔ اصلی',

	'date.updated': 'آخرین به‌روزرسانی',

	'nav.menu': 'منو',
	'nav.contact': 'تماس',
	'nav.asked': 'از پیام شما سپاسگزاریم',
	'contact.heading': 'تماس با شبکهٔ منتورینگ',
	'contact.email': 'ایمیل',
	'contact.phone': 'تلفن',
	'contact.address': 'نشانی پستی',
	'contact.website': 'وب‌سایت',
	'contact.unset':
		'ایمیل، شمارهٔ تلفن و نشانی پستی شبکهٔ منتورینگ هنوز در این سایت نیامده است. تا آن زمان می‌توانید با فرم تماس به ما پیام دهید.',
	'contact.useForm': 'با فرم تماس برای ما بنویسید',
	'contact.controller': 'KVINFO مسئول داده‌ها است. راه تماس با KVINFO:',
	'contact.officeUnset':
		'این دفتر هنوز ایمیل یا شمارهٔ تلفنی در سایت ندارد. با فرم تماس برای ما بنویسید تا پرسش شما را به آن برسانیم.',
	'contact.formTitle': 'پرسشی بپرسید',
	'contact.submit': 'ارسال پرسش',
	'contact.sending': 'در حال ارسال پرسش شما…',
	'contact.failedTitle': 'پرسش شما ارسال نشده است',
	'contact.unconfirmedTitle': 'نتوانستیم تأیید کنیم که پرسش شما رسیده است',
	'contact.failed.unreachable':
		'نتوانستیم وصل شویم، پس پرسش شما ارسال نشده است. آنچه نوشته‌اید هنوز اینجاست. اتصال اینترنت خود را بررسی کنید و دوباره «ارسال پرسش» را بزنید.',
	'contact.failed.timeout':
		'پاسخی به‌موقع نرسید، پس نمی‌دانیم پرسش شما رسیده است یا نه. آنچه نوشته‌اید هنوز اینجاست. می‌توانید با خیال راحت دوباره بفرستید: همان پرسش فقط یک بار ثبت می‌شود.',
	'contact.failed.rejected':
		'اکنون نتوانستیم پرسش شما را بپذیریم. آنچه نوشته‌اید هنوز اینجاست. کمی بعد دوباره امتحان کنید.',
	'contact.question.label': 'پرسش شما',
	'contact.question.hint': 'به نشانی ایمیلی که می‌نویسید پاسخ می‌دهیم.',
	'contact.question.required': 'پرسش خود را بنویسید',
	'contact.email.hint': 'فقط برای پاسخ به شما از آن استفاده می‌کنیم.',
	'contact.consent.label': 'موافقم که شبکهٔ منتورینگ از اطلاعات من برای پاسخ به پرسشم استفاده کند.',
	'contact.consent.required':
		'برای دادن رضایت، خانه را تیک بزنید. بدون رضایت شما نمی‌توانیم پرسش را بپذیریم',
	'contact.receiver.invalid':
		'برخی پاسخ‌ها باید اصلاح شوند، پس پرسش شما ارسال نشده است. به فرم برگردید. آنچه نوشته‌اید هنوز آنجاست.',
	'contact.receiver.received': 'سپاسگزاریم. پرسش شما را دریافت کردیم.',
	'signup.office.elsewhere': 'جای دیگری در دانمارک زندگی می‌کنم',
	'signup.postcode.label': 'کد پستی شما',
	'signup.postcode.hint':
		'اگر «جای دیگری در دانمارک زندگی می‌کنم» را انتخاب کرده‌اید، آن را بنویسید. این‌طور می‌بینیم کجا زندگی می‌کنید و دربارهٔ آنچه آنجا می‌توانیم پیشنهاد کنیم برایتان می‌نویسیم.',
	'signup.postcode.invalid': 'کد پستی را با چهار رقم بنویسید، مثلاً 5000',
} as const satisfies PartialStrings;
