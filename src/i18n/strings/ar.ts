import { latinRoutes, type PartialStrings } from './partial.ts';

/**
 * Arabic UI strings: a partial language (the mentee's path), right to left. Translated from the
 * Danish and English strings; not yet reviewed by a person fluent in Arabic. URL segments stay in
 * Latin letters, so an address can be typed and read aloud.
 */
export default {
	'locale.name': 'العربية',
	'locale.dir': 'rtl',
	'locale.ogLocale': 'ar_AR',
	'locale.intl': 'ar',
	'locale.coverage': 'partial',

	...latinRoutes,

	'nav.label': 'القائمة الرئيسية',
	'nav.home': 'الصفحة الرئيسية',
	'nav.mentees': 'للمسترشدات',
	'nav.faq': 'أسئلة وأجوبة',
	'nav.offices': 'المكاتب',
	'nav.signup': 'التسجيل',
	'nav.search': 'البحث',
	'nav.privacy': 'إشعار الخصوصية',
	'nav.thanks': 'شكرًا على تسجيلك',
	'nav.languages': 'اللغات',

	'skip.link': 'انتقلي إلى المحتوى',
	'header.language': 'اللغة',
	'search.label': 'البحث في الموقع',
	'search.placeholder': 'بحث',
	'search.submit': 'بحث',
	'search.queryLabel': 'ابحثي عن',
	'search.noScript':
		'البحث يحتاج إلى JavaScript، وهو متوقف في متصفحك. استخدمي قائمة صفحات الموقع أدناه للعثور على ما تبحثين عنه.',
	'search.unavailable':
		'تعذّر تحميل البحث الآن. حاولي مرة أخرى بعد قليل، أو استخدمي قائمة صفحات الموقع أدناه.',
	'search.kind': 'البحث في',
	'search.kind.all': 'الموقع كله',
	'search.kind.faq': 'أسئلة وأجوبة',
	'search.kind.office': 'المكاتب',
	'search.kind.page': 'صفحات أخرى',
	'search.audience': 'أسئلة لـ',
	'search.audience.all': 'جميع الفئات',
	'search.results': 'نتائج البحث',
	'search.empty': 'اكتبي كلمة أو أكثر للبحث، مثلًا «مرشدة» أو «مكتب».',
	'search.count.one': 'نتيجة واحدة لـ «{query}»',
	'search.count.other': 'عدد النتائج لـ «{query}»: {count}',
	'search.none':
		'لا توجد نتائج لـ «{query}». جرّبي كلمة أخرى أو أقصر، أو ابحثي في الموقع كله، أو استخدمي قائمة صفحات الموقع أدناه.',
	'search.more': 'عرض مزيد من النتائج',
	'footer.about': 'شبكة الإرشاد برنامج أنشأته KVINFO.',
	'footer.more': 'عن هذا الموقع',
	'footer.sections': 'صفحات هذا الموقع',
	'siteIndex.heading': 'الأقسام الرئيسية في هذا الموقع',
	'footer.source':
		'المعلومات عن البرنامج مأخوذة من عرض KVINFO لشبكة الإرشاد، أكتوبر 2012، ما لم يُذكر غير ذلك.',
	'footer.otherPages': 'بقية الموقع باللغتين الدنماركية والإنجليزية:',
	'languages.covers': 'الصفحات الخاصة بالمسترشدات',
	'translation.from.da': 'هذه الصفحة مترجمة من الدنماركية.',
	'translation.from.en': 'هذه الصفحة مترجمة من الإنجليزية.',
	'translation.unreviewed': 'لم يراجع الترجمة بعدُ شخص يتقن العربية.',
	'translation.reviewed': 'راجع الترجمة شخص يتقن العربية.',
	'translation.applies': 'عند أي اختلاف، يُعتمد النص الدنماركي:',
	'translation.source': 'النص الدنماركي',

	'home.todayHeading': 'الشبكة اليوم',
	'home.todayResult':
		'في عام 2021 حصلت 59% من المسترشدات اللواتي أجبن على التقييم بعد انتهاء الإرشاد على عمل أو دراسة.',
	'home.todaySource': 'KVINFO،\u200f 24 مايو 2022',
	'home.todayCities':
		'تذكر صفحة KVINFO الخاصة (بدون تاريخ) خمس مدن: آرهوس وأودنسه وسفيندبورغ وسلاغلسه وكوبنهاغن.',
	'home.todayOffices': 'انظري المدن والمكاتب',
	'home.ctaMentee': 'اقرئي المزيد للمسترشدات',
	'cta.signupMentee': 'سجّلي كمسترشدة',
	'cta.readFaq': 'اقرئي الأسئلة والأجوبة',

	'map.heading': 'المكاتب على الخريطة',
	'map.title': 'خريطة الدنمارك مع مكاتب شبكة الإرشاد',
	'map.desc': 'حدود الدنمارك مع نقطة مرقّمة لكل مكتب، موضوعة في المنطقة التي يخدمها المكتب.',
	'map.area': 'المنطقة التي يخدمها المكتب – وليس عنوان الشارع',
	'map.notPlaced': 'ليس على الخريطة، لأن الموقع غير معروف',
	'map.offices': 'المكاتب على الخريطة',
	'map.credit': 'الخريطة: Natural Earth (ملكية عامة) عبر world-atlas، رُسمت عند بناء الموقع.',
	'offices.location': 'الموقع',
	'offices.locationArea': 'لا نعرف عنوان المكتب. الرابط يُظهر المنطقة التي يخدمها المكتب.',
	'offices.osmArea': 'شاهدي المنطقة على OpenStreetMap',
	'offices.osmAddress': 'شاهدي العنوان على OpenStreetMap',
	'stories.profession': 'المجال',
	'stories.office': 'المكتب',

	'faq.audience.mentee': 'للمسترشدات',
	'faq.audience.mentor': 'للمرشدات',
	'faq.audience.partner': 'للمنظمات الشريكة',
	'faq.audience.everyone': 'للجميع',
	'faq.contents': 'المجموعات',

	'offices.region': 'المنطقة',
	'offices.established': 'افتُتح',
	'offices.address': 'العنوان',
	'offices.email': 'البريد الإلكتروني',
	'offices.phone': 'الهاتف',
	'offices.website': 'الموقع الإلكتروني',
	'offices.hours': 'ساعات العمل',
	'offices.accessibility': 'إمكانية الوصول',
	'offices.directions': 'كيف تصلين إلى هناك',
	'offices.unknown': 'العنوان وساعات العمل غير موجودة هنا بعد. يمكن للشبكة أن تعطيك إياها.',
	'offices.back': 'جميع المكاتب',
	// Offices she can choose (issue 22): today's cities, apart from those kept for the history
	'offices.todayHeading': 'مدن يمكنك اختيارها',
	'offices.historyHeading': 'من تاريخ الشبكة',
	'offices.sources': 'المصادر',
	'offices.historyOnly': 'هذا المكتب جزء من تاريخ الشبكة. لا يمكنك اختياره عند التسجيل.',

	// Sign-up form
	'signup.optional': '(اختياري)',
	'signup.languageNote':
		'تتواصل شبكة الإرشاد باللغة الدنماركية: التواصل مع الشبكة واللقاءات تكون بالدنماركية.',
	'signup.errorPrefix': 'خطأ:',
	'signup.summaryTitle': 'توجد مشكلة',
	'signup.submit': 'أرسلي التسجيل',
	'signup.sending': 'جارٍ إرسال تسجيلك…',
	'signup.failedTitle': 'لم يُرسَل تسجيلك',
	'signup.unconfirmedTitle': 'لم نتمكّن من التأكّد من وصول تسجيلك',
	'signup.failed.unreachable':
		'لم نتمكن من الاتصال، لذلك لم يُرسَل تسجيلك. إجاباتك ما زالت هنا. تحققي من اتصالك بالإنترنت واضغطي «أرسلي التسجيل» مرة أخرى.',
	'signup.failed.timeout':
		'لم يصلنا ردّ في الوقت المناسب، لذلك لا نعرف إن كان تسجيلك قد وصل. إجاباتك ما زالت هنا. يمكنكِ الإرسال مرة أخرى بأمان: الإجابات نفسها تُسجَّل مرة واحدة فقط.',
	'signup.failed.rejected':
		'لم نتمكن من قبول تسجيلك الآن. إجاباتك ما زالت هنا. حاولي مرة أخرى بعد قليل.',
	'signup.honeypot': 'اتركي هذا الحقل فارغًا',
	'signup.tooLong': 'اكتبي {max} حرفًا على الأكثر في «{label}»',
	'signup.name.label': 'الاسم',
	'signup.name.required': 'اكتبي اسمك',
	'signup.email.label': 'عنوان البريد الإلكتروني',
	'signup.email.hint': 'نستخدمه فقط للتواصل معك بشأن الشبكة.',
	'signup.email.required': 'اكتبي عنوان بريدك الإلكتروني',
	'signup.email.invalid': 'اكتبي عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com',
	'signup.phone.label': 'رقم الهاتف',
	'signup.phone.hint': 'إذا كنتِ تفضّلين أن نتصل بك.',
	'signup.office.label': 'إلى أي مكتب تريدين أن تنتمي؟',
	'signup.office.hint': 'اختاري المكتب الأقرب إليك.',
	'signup.office.required': 'اختاري مكتبًا',
	'signup.education.label': 'تعليمك',
	'signup.education.hint': 'مثلًا: ممرضة درست في سوريا، أو بكالوريوس في الاقتصاد.',
	'signup.education.required': 'اكتبي تعليمك',
	'signup.profession.label': 'مهنتك أو مجالك',
	'signup.profession.hint': 'مثلًا: مهندسة أو معلّمة أو محاسبة.',
	'signup.profession.required': 'اكتبي مهنتك أو مجالك',
	'signup.goals.label': 'رغباتك وأهدافك',
	'signup.goals.hint':
		'بكلماتك أنتِ، ماذا تريدين أن تحققي؟ هذا يساعدنا على إيجاد المرشدة المناسبة لك.',
	'signup.goals.required': 'اكتبي رغباتك وأهدافك',
	'signup.danishLevel.label': 'ما مستوى لغتك الدنماركية؟',
	'signup.danishLevel.none': 'لم يُختَر',
	'signup.danishLevel.beginner': 'أنا مبتدئة',
	'signup.danishLevel.everyday': 'أتدبّر أموري في الحياة اليومية',
	'signup.danishLevel.good': 'أتحدث الدنماركية وأكتبها جيدًا',
	'signup.danishLevel.fluent': 'بطلاقة',
	'signup.country.label': 'من أي بلد تنحدر أصولك؟',
	'signup.country.hint':
		'نستخدم هذه المعلومة فقط لفهم خلفيتك عندما نبحث عن مرشدة مناسبة. قد تكشف عن أصلك العرقي. الأمر يعود إليك في أن تكتبيها أو لا.',
	'signup.countryConsent.label':
		'نعم، يمكن لشبكة الإرشاد استخدام البلد الذي أنحدر منه عند البحث عن مرشدة مناسبة.',
	'signup.countryConsent.required':
		'ضعي علامة في المربع إذا كنتِ توافقين على استخدام البلد الذي كتبتِه، أو اتركي خانة البلد فارغة',
	'signup.contactLanguage.label': 'بأي لغة تريدين أن نتواصل معك؟',
	'signup.contactLanguage.required': 'اختاري لغة',
	'signup.contactLanguage.da': 'الدنماركية',
	'signup.contactLanguage.en': 'الإنجليزية',
	'signup.consent.label':
		'أوافق على أن تستخدم شبكة الإرشاد معلوماتي لإيجاد مرشدة مناسبة لي وللتواصل معي.',
	'signup.consent.link': 'اقرئي إشعار الخصوصية (يُفتح في علامة تبويب جديدة)',
	'signup.consent.required':
		'ضعي علامة في المربع لتعطي موافقتك. بدون موافقتك لا يمكننا قبول التسجيل',
	'signup.invalid': 'تحققي من هذه الإجابة',
	'signup.receiver.invalid':
		'بعض الإجابات تحتاج إلى تصحيح، لذلك لم يُرسَل تسجيلك. ارجعي إلى النموذج. إجاباتك ما زالت هناك.',
	'signup.receiver.received': 'شكرًا لك. لقد استلمنا تسجيلك.',

	// Contact and every form (issue 22): any language, the other way to reach the network, the call-back request
	'form.anyLanguage': 'يمكنك أن تكتبي إجاباتك في هذا النموذج بأي لغة.',
	'form.otherRoute': 'يمكنك أيضًا أن تتواصلي معنا بطريقة أخرى:',
	'form.otherRoute.callback': 'اطلبي أن نتصل بك',
	'callback.formTitle': 'اطلبي مكالمة منّا',
	'callback.intro': 'ليس لديك بريد إلكتروني، أو تفضّلين أن تتحدثي معنا؟ اكتبي رقم هاتفك وسنتصل بك.',
	'callback.submit': 'اتصلوا بي',
	'callback.sending': 'جارٍ إرسال رقمك …',
	'callback.failedTitle': 'لم يُرسَل رقمك',
	'callback.unconfirmedTitle': 'لم نتمكن من التأكد من وصول رقمك',
	'callback.failed.unreachable':
		'لم نتمكن من الاتصال، لذلك لم يُرسَل رقمك. ما كتبتِه ما زال هنا. تحققي من اتصالك بالإنترنت واضغطي «اتصلوا بي» مرة أخرى.',
	'callback.failed.timeout':
		'لم يصلنا رد في الوقت المناسب، لذلك لا نعرف إن كان رقمك قد وصل. ما كتبتِه ما زال هنا. يمكنك الإرسال مرة أخرى بأمان: الطلب نفسه يُسجَّل مرة واحدة فقط.',
	'callback.failed.rejected':
		'لم نتمكن من استلام رقمك الآن. ما كتبتِه ما زال هنا. حاولي مرة أخرى بعد قليل.',
	'callback.phone.hint': 'الرقم الذي نتصل به.',
	'callback.phone.required': 'اكتبي رقم هاتفك',
	'callback.phone.invalid': 'اكتبي رقم الهاتف بالأرقام، مثل 12 34 56 78',
	'callback.callLanguage.label': 'بأي لغة تفضّلين أن نتحدث؟',
	'callback.callLanguage.hint':
		'تتواصل شبكة الإرشاد باللغة الدنماركية. لا نستطيع أن نعد بالاتصال بلغة أخرى.',
	'callback.callLanguage.required': 'اختاري لغة',
	'callback.callTime.label': 'متى يناسبك أن نتصل بك؟',
	'callback.callTime.required': 'اختاري متى يمكننا الاتصال',
	'callback.callTime.morning': 'قبل الظهر',
	'callback.callTime.afternoon': 'بعد الظهر',
	'callback.callTime.any': 'في أي وقت',
	'callback.email.hint': 'إذا كان لديك بريد إلكتروني، يمكننا أن نكتب إليك أيضًا.',
	'callback.consent.label': 'أوافق على أن تستخدم شبكة الإرشاد معلوماتي للاتصال بي.',
	'callback.consent.required':
		'ضعي علامة في المربع لتعطي موافقتك. بدون موافقتك لا يمكننا الاتصال بك',
	'callback.receiver.invalid':
		'بعض الإجابات تحتاج إلى تصحيح، لذلك لم يُرسَل رقمك. ارجعي إلى النموذج. ما كتبتِه ما زال هناك.',
	'callback.receiver.received': 'شكرًا لك. لقد استلمنا رقم هاتفك.',

	'notFound.title': 'الصفحة غير موجودة',
	'notFound.body': 'لا نستطيع العثور على الصفحة التي تبحثين عنها. ربما نُقلت.',
	'notFound.home': 'اذهبي إلى الصفحة الرئيسية',

	'date.updated': 'آخر تحديث',

	'nav.menu': 'القائمة',
	'nav.contact': 'تواصلي معنا',
	'nav.asked': 'شكرًا على رسالتك',
	'contact.heading': 'تواصلي مع شبكة الإرشاد',
	'contact.email': 'البريد الإلكتروني',
	'contact.phone': 'الهاتف',
	'contact.address': 'العنوان البريدي',
	'contact.website': 'الموقع الإلكتروني',
	'contact.unset':
		'لم يُضَف بعد إلى هذا الموقع البريد الإلكتروني لشبكة الإرشاد ولا رقم هاتفها ولا عنوانها البريدي. حتى ذلك الحين يمكنك التواصل معنا عبر نموذج الاتصال.',
	'contact.useForm': 'اكتبي إلينا عبر نموذج الاتصال',
	'contact.controller': 'KVINFO هي المسؤولة عن البيانات. هكذا تتواصلين مع KVINFO:',
	'contact.officeUnset':
		'لا يوجد لهذا المكتب بعد بريد إلكتروني أو رقم هاتف على الموقع. اكتبي إلينا عبر نموذج الاتصال وسنوصل سؤالك إليه.',
	'contact.formTitle': 'اطرحي سؤالًا',
	'contact.submit': 'أرسلي السؤال',
	'contact.sending': 'جارٍ إرسال سؤالك…',
	'contact.failedTitle': 'لم يُرسَل سؤالك',
	'contact.unconfirmedTitle': 'لم نتمكّن من التأكّد من وصول سؤالك',
	'contact.failed.unreachable':
		'لم نتمكن من الاتصال، لذلك لم يُرسَل سؤالك. ما كتبتِه ما زال هنا. تحققي من اتصالك بالإنترنت واضغطي «أرسلي السؤال» مرة أخرى.',
	'contact.failed.timeout':
		'لم يصلنا ردّ في الوقت المناسب، لذلك لا نعرف إن كان سؤالك قد وصل. ما كتبتِه ما زال هنا. يمكنكِ الإرسال مرة أخرى بأمان: السؤال نفسه يُسجَّل مرة واحدة فقط.',
	'contact.failed.rejected':
		'لم نتمكن من استلام سؤالك الآن. ما كتبتِه ما زال هنا. حاولي مرة أخرى بعد قليل.',
	'contact.question.label': 'سؤالك',
	'contact.question.hint': 'سنرد على عنوان البريد الإلكتروني الذي تكتبينه.',
	'contact.question.required': 'اكتبي سؤالك',
	'contact.email.hint': 'نستخدمه فقط للرد عليك.',
	'contact.consent.label': 'أوافق على أن تستخدم شبكة الإرشاد معلوماتي للرد على سؤالي.',
	'contact.consent.required':
		'ضعي علامة في المربع لتعطي موافقتك. بدون موافقتك لا يمكننا استلام السؤال',
	'contact.receiver.invalid':
		'بعض الإجابات تحتاج إلى تصحيح، لذلك لم يُرسَل سؤالك. عودي إلى النموذج. ما كتبتِه ما زال هناك.',
	'contact.receiver.received': 'شكرًا لك. لقد استلمنا سؤالك.',
	'signup.office.elsewhere': 'أعيش في مكان آخر في الدنمارك',
	'signup.postcode.label': 'رمزك البريدي',
	'signup.postcode.hint':
		'اكتبيه إذا اخترتِ «أعيش في مكان آخر في الدنمارك». هكذا نعرف أين تعيشين ونكتب إليك بما يمكننا تقديمه هناك.',
	'signup.postcode.invalid': 'اكتبي الرمز البريدي بأربعة أرقام، مثل 5000',
} as const satisfies PartialStrings;
