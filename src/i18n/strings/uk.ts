import { latinRoutes, type PartialStrings } from './partial.ts';

/**
 * Ukrainian UI strings: a partial language (the mentee's path). Translated from the Danish and
 * English strings; not yet reviewed by a person fluent in Ukrainian.
 */
export default {
	'locale.name': 'Українська',
	'locale.dir': 'ltr',
	'locale.ogLocale': 'uk_UA',
	'locale.intl': 'uk',
	'locale.coverage': 'partial',

	...latinRoutes,

	'nav.label': 'Головне меню',
	'nav.home': 'Головна',
	'nav.mentees': 'Для менті',
	'nav.faq': 'Запитання та відповіді',
	'nav.offices': 'Офіси',
	'nav.signup': 'Зареєструватися',
	'nav.search': 'Пошук',
	'nav.privacy': 'Повідомлення про конфіденційність',
	'nav.thanks': 'Дякуємо за реєстрацію',
	'nav.languages': 'Мови',

	'skip.link': 'Перейти до змісту',
	'header.language': 'Мова',
	'search.label': 'Пошук на сайті',
	'search.placeholder': 'Пошук',
	'search.submit': 'Шукати',
	'search.queryLabel': 'Шукати',
	'search.noScript':
		'Для пошуку потрібен JavaScript, а у вашому браузері його вимкнено. Скористайтеся списком сторінок сайту нижче, щоб знайти те, що шукаєте.',
	'search.unavailable':
		'Зараз не вдалося завантажити пошук. Спробуйте ще раз за хвилину або скористайтеся списком сторінок сайту нижче.',
	'search.kind': 'Шукати в',
	'search.kind.all': 'Увесь сайт',
	'search.kind.faq': 'Запитання та відповіді',
	'search.kind.office': 'Офіси',
	'search.kind.page': 'Інші сторінки',
	'search.audience': 'Запитання для',
	'search.audience.all': 'Усі групи',
	'search.results': 'Результати пошуку',
	'search.empty': 'Введіть одне або кілька слів для пошуку, наприклад «менторка» або «офіс».',
	'search.count.one': '1 результат за запитом «{query}»',
	'search.count.other': 'Результатів за запитом «{query}»: {count}',
	'search.none':
		'За запитом «{query}» нічого не знайдено. Спробуйте інше або коротше слово, шукайте по всьому сайту або скористайтеся списком сторінок сайту нижче.',
	'search.more': 'Показати більше результатів',
	'footer.about': 'Менторська мережа — це програма, яку створила KVINFO.',
	'footer.more': 'Про цей сайт',
	'footer.sections': 'Сторінки цього сайту',
	'siteIndex.heading': 'Головні розділи цього сайту',
	'footer.source':
		'Відомості про програму взято з презентації Менторської мережі від KVINFO, жовтень 2012 року, якщо не зазначено інше.',
	'footer.otherPages': 'Решта сайту — данською та англійською:',
	'languages.covers': 'сторінки для менті',
	'translation.from.da': 'Переклад із данської.',
	'translation.from.en': 'Переклад з англійської.',
	'translation.unreviewed': 'Переклад ще не перевірила людина, яка вільно володіє українською.',
	'translation.reviewed': 'Переклад перевірила людина, яка вільно володіє українською.',
	'translation.applies': 'Якщо тексти відрізняються, чинним є данський текст:',
	'translation.source': 'данський текст',

	'home.todayHeading': 'Мережа сьогодні',
	'home.todayResult':
		'У 2021 році 59% менті, які відповіли на опитування після свого курсу, знайшли роботу або почали навчання.',
	'home.todaySource': 'KVINFO, 24 травня 2022',
	'home.todayCities':
		'Власна сторінка KVINFO (без дати) називає п’ять міст: Орхус, Оденсе, Свеннборг, Слагельсе і Копенгаген.',
	'home.todayOffices': 'Подивіться міста й офіси',
	'home.ctaMentee': 'Докладніше для менті',
	'cta.signupMentee': 'Зареєструватися як менті',
	'cta.readFaq': 'Читати запитання та відповіді',

	'map.heading': 'Офіси на карті',
	'map.title': 'Карта Данії з офісами Менторської мережі',
	'map.desc':
		'Контур Данії з пронумерованою точкою для кожного офісу, розміщеною в районі, який обслуговує офіс.',
	'map.area': 'Район, який обслуговує офіс, — не адреса',
	'map.notPlaced': 'Не на карті, бо місце невідоме',
	'map.offices': 'Офіси на карті',
	'map.credit':
		'Карта: Natural Earth (суспільне надбання) через world-atlas, намальована під час збирання сайту.',
	'offices.location': 'Розташування',
	'offices.locationArea':
		'Ми не знаємо адреси офісу. Посилання показує район, який обслуговує офіс.',
	'offices.osmArea': 'Переглянути район на OpenStreetMap',
	'offices.osmAddress': 'Переглянути адресу на OpenStreetMap',
	'stories.profession': 'Галузь',
	'stories.office': 'Офіс',

	'faq.audience.mentee': 'Для менті',
	'faq.audience.mentor': 'Для менторок',
	'faq.audience.partner': 'Для організацій-партнерів',
	'faq.audience.everyone': 'Для всіх',
	'faq.contents': 'Групи',

	'offices.region': 'Район',
	'offices.established': 'Відкрито',
	'offices.address': 'Адреса',
	'offices.email': 'Електронна пошта',
	'offices.phone': 'Телефон',
	'offices.website': 'Вебсайт',
	'offices.hours': 'Години роботи',
	'offices.accessibility': 'Доступність',
	'offices.directions': 'Як дістатися',
	'offices.unknown': 'Адреси та годин роботи тут ще немає. Їх вам може повідомити мережа.',
	'offices.back': 'Усі офіси',
	// Offices she can choose (issue 22): today's cities, apart from those kept for the history
	'offices.todayHeading': 'Міста, які ви можете вибрати',
	'offices.historyHeading': 'З історії мережі',
	'offices.sources': 'Джерела',
	'offices.historyOnly':
		'Цей офіс — частина історії мережі. Під час реєстрації його не можна вибрати.',

	// Sign-up form
	'signup.optional': '(необов’язково)',
	'signup.languageNote':
		'Менторська мережа спілкується данською: зв’язок із мережею та зустрічі відбуваються данською мовою.',
	'signup.errorPrefix': 'Помилка:',
	'signup.summaryTitle': 'Є проблема',
	'signup.submit': 'Надіслати реєстрацію',
	'signup.sending': 'Надсилаємо вашу реєстрацію…',
	'signup.failedTitle': 'Вашу реєстрацію не надіслано',
	'signup.unconfirmedTitle': 'Ми не змогли підтвердити, що вашу реєстрацію отримано',
	'signup.failed.unreachable':
		'Не вдалося з’єднатися, тому вашу реєстрацію не надіслано. Ваші відповіді збереглися тут. Перевірте з’єднання з інтернетом і ще раз натисніть «Надіслати реєстрацію».',
	'signup.failed.timeout':
		'Відповідь не надійшла вчасно, тож ми не знаємо, чи вашу реєстрацію отримано. Ваші відповіді збереглися тут. Можна спокійно надіслати ще раз: ті самі відповіді буде зареєстровано лише один раз.',
	'signup.failed.rejected':
		'Зараз ми не змогли прийняти вашу реєстрацію. Ваші відповіді збереглися тут. Спробуйте ще раз за хвилину.',
	'signup.honeypot': 'Залиште це поле порожнім',
	'signup.tooLong': 'Напишіть не більше ніж {max} символів у полі «{label}»',
	'signup.name.label': 'Ім’я',
	'signup.name.required': 'Введіть своє ім’я',
	'signup.email.label': 'Адреса електронної пошти',
	'signup.email.hint': 'Ми використовуємо її лише для того, щоб зв’язатися з вами щодо мережі.',
	'signup.email.required': 'Введіть адресу електронної пошти',
	'signup.email.invalid':
		'Введіть адресу електронної пошти у правильному форматі, наприклад name@example.com',
	'signup.phone.label': 'Номер телефону',
	'signup.phone.hint': 'Якщо вам зручніше, щоб ми зателефонували.',
	'signup.office.label': 'До якого офісу ви хочете належати?',
	'signup.office.hint': 'Виберіть найближчий до вас офіс.',
	'signup.office.required': 'Виберіть офіс',
	'signup.education.label': 'Ваша освіта',
	'signup.education.hint':
		'Наприклад, медсестра з освітою, здобутою в Сирії, або бакалавр економіки.',
	'signup.education.required': 'Введіть свою освіту',
	'signup.profession.label': 'Ваша професія або галузь',
	'signup.profession.hint': 'Наприклад, інженерка, вчителька або бухгалтерія.',
	'signup.profession.required': 'Введіть свою професію або галузь',
	'signup.goals.label': 'Ваші побажання та цілі',
	'signup.goals.hint':
		'Своїми словами: чого ви хотіли б досягти? Це допоможе нам знайти для вас відповідну менторку.',
	'signup.goals.required': 'Введіть свої побажання та цілі',
	'signup.danishLevel.label': 'Наскільки добре ви розмовляєте данською?',
	'signup.danishLevel.none': 'Не вибрано',
	'signup.danishLevel.beginner': 'Я початківиця',
	'signup.danishLevel.everyday': 'Я даю собі раду в повсякденному житті',
	'signup.danishLevel.good': 'Я добре розмовляю і пишу данською',
	'signup.danishLevel.fluent': 'Вільно',
	'signup.country.label': 'З якої країни ваше походження?',
	'signup.country.hint':
		'Ми використовуємо це лише для того, щоб зрозуміти ваше походження, коли шукаємо пару. Це може вказувати на ваше етнічне походження. Писати це чи ні — вирішуєте ви.',
	'signup.countryConsent.label':
		'Так, Мережа менторства може використати країну мого походження, коли шукає пару.',
	'signup.countryConsent.required':
		'Поставте позначку, якщо ми можемо використати країну, яку ви написали, або залиште поле країни порожнім',
	'signup.contactLanguage.label': 'Якою мовою нам з вами зв’язуватися?',
	'signup.contactLanguage.required': 'Виберіть мову',
	'signup.contactLanguage.da': 'Данська',
	'signup.contactLanguage.en': 'Англійська',
	'signup.consent.label':
		'Я погоджуюся, що Менторська мережа використовує мої дані, щоб знайти пару і зв’язатися зі мною.',
	'signup.consent.link':
		'Прочитати повідомлення про конфіденційність (відкривається в новій вкладці)',
	'signup.consent.required':
		'Поставте позначку, щоб дати згоду. Без вашої згоди ми не можемо прийняти реєстрацію',
	'signup.invalid': 'Перевірте цю відповідь',
	'signup.receiver.invalid':
		'Деякі відповіді треба виправити, тому вашу реєстрацію не надіслано. Поверніться до форми. Ваші відповіді збереглися там.',
	'signup.receiver.received': 'Дякуємо. Ми отримали вашу реєстрацію.',

	// Contact and every form (issue 22): any language, the other way to reach the network, the call-back request
	'form.anyLanguage': 'Відповіді в цій формі ви можете писати будь-якою мовою.',
	'form.otherRoute': 'Ви також можете зв’язатися з нами інакше:',
	'form.otherRoute.callback': 'Попросити, щоб вам зателефонували',
	'callback.formTitle': 'Попросіть нас зателефонувати',
	'callback.intro':
		'Не маєте електронної пошти або хочете поговорити з нами? Напишіть свій номер телефону, і ми вам зателефонуємо.',
	'callback.submit': 'Зателефонуйте мені',
	'callback.sending': 'Надсилаємо ваш номер …',
	'callback.failedTitle': 'Ваш номер не надіслано',
	'callback.unconfirmedTitle': 'Ми не змогли підтвердити, що ваш номер дійшов',
	'callback.failed.unreachable':
		'Не вдалося з’єднатися, тому ваш номер не надіслано. Те, що ви написали, збереглося тут. Перевірте з’єднання з інтернетом і ще раз натисніть «Зателефонуйте мені».',
	'callback.failed.timeout':
		'Ми не отримали відповіді вчасно, тому не знаємо, чи дійшов ваш номер. Те, що ви написали, збереглося тут. Ви можете спокійно надіслати ще раз: той самий запит буде записано лише один раз.',
	'callback.failed.rejected':
		'Зараз ми не змогли прийняти ваш номер. Те, що ви написали, збереглося тут. Спробуйте ще раз трохи згодом.',
	'callback.phone.hint': 'Номер, на який ми маємо зателефонувати.',
	'callback.phone.required': 'Напишіть свій номер телефону',
	'callback.phone.invalid': 'Напишіть номер телефону цифрами, наприклад 12 34 56 78',
	'callback.callLanguage.label': 'Якою мовою вам зручніше говорити?',
	'callback.callLanguage.hint':
		'Менторська мережа спілкується данською. Ми не можемо пообіцяти зателефонувати іншою мовою.',
	'callback.callLanguage.required': 'Виберіть мову',
	'callback.callTime.label': 'Коли нам найкраще вам зателефонувати?',
	'callback.callTime.required': 'Виберіть, коли ми можемо зателефонувати',
	'callback.callTime.morning': 'До обіду',
	'callback.callTime.afternoon': 'Після обіду',
	'callback.callTime.any': 'Будь-коли',
	'callback.email.hint': 'Якщо у вас є електронна пошта, ми можемо також написати вам.',
	'callback.consent.label':
		'Я погоджуюся, щоб Менторська мережа використала мої дані, щоб мені зателефонувати.',
	'callback.consent.required':
		'Поставте позначку, щоб дати згоду. Без вашої згоди ми не можемо вам зателефонувати',
	'callback.receiver.invalid':
		'Деякі відповіді треба виправити, тому ваш номер не надіслано. Поверніться до форми. Те, що ви написали, досі там.',
	'callback.receiver.received': 'Дякуємо. Ми отримали ваш номер телефону.',

	'notFound.title': 'Сторінку не знайдено',
	'notFound.body': 'Ми не можемо знайти сторінку, яку ви шукаєте. Можливо, її перенесли.',
	'notFound.home': 'Перейти на головну сторінку',

	'date.updated': 'Останнє оновлення',

	'nav.menu': 'Меню',
	'nav.contact': 'Контакти',
	'nav.asked': 'Дякуємо за ваше повідомлення',
	'contact.heading': 'Зв’язатися з Менторською мережею',
	'contact.email': 'Електронна пошта',
	'contact.phone': 'Телефон',
	'contact.address': 'Поштова адреса',
	'contact.website': 'Вебсайт',
	'contact.unset':
		'Електронну пошту, номер телефону й поштову адресу Менторської мережі ще не додано на сайт. Доти ви можете написати нам через контактну форму.',
	'contact.useForm': 'Напишіть нам через контактну форму',
	'contact.controller': 'KVINFO є розпорядником даних. Як зв’язатися з KVINFO:',
	'contact.officeUnset':
		'Цей офіс ще не має на сайті електронної пошти чи номера телефону. Напишіть нам через контактну форму, і ми передамо ваше запитання.',
	'contact.formTitle': 'Поставити запитання',
	'contact.submit': 'Надіслати запитання',
	'contact.sending': 'Надсилаємо ваше запитання…',
	'contact.failedTitle': 'Ваше запитання не надіслано',
	'contact.unconfirmedTitle': 'Ми не змогли підтвердити, що ваше запитання отримано',
	'contact.failed.unreachable':
		'Не вдалося з’єднатися, тому ваше запитання не надіслано. Те, що ви написали, збереглося тут. Перевірте з’єднання з інтернетом і ще раз натисніть «Надіслати запитання».',
	'contact.failed.timeout':
		'Відповідь не надійшла вчасно, тож ми не знаємо, чи ваше запитання отримано. Те, що ви написали, збереглося тут. Можна спокійно надіслати ще раз: те саме запитання буде зареєстровано лише один раз.',
	'contact.failed.rejected':
		'Ми не змогли прийняти ваше запитання зараз. Те, що ви написали, збереглося тут. Спробуйте ще раз трохи згодом.',
	'contact.question.label': 'Ваше запитання',
	'contact.question.hint': 'Ми відповімо на адресу електронної пошти, яку ви вкажете.',
	'contact.question.required': 'Напишіть своє запитання',
	'contact.email.hint': 'Ми використовуємо її лише для того, щоб вам відповісти.',
	'contact.consent.label':
		'Я погоджуюся, щоб Менторська мережа використала мої дані, щоб відповісти на моє запитання.',
	'contact.consent.required':
		'Поставте позначку, щоб дати згоду. Без вашої згоди ми не можемо прийняти запитання',
	'contact.receiver.invalid':
		'Деякі відповіді треба виправити, тому ваше запитання не надіслано. Поверніться до форми. Те, що ви написали, там збереглося.',
	'contact.receiver.received': 'Дякуємо. Ми отримали ваше запитання.',
	'signup.office.elsewhere': 'Я живу в іншому місці Данії',
	'signup.postcode.label': 'Ваш поштовий індекс',
	'signup.postcode.hint':
		'Вкажіть його, якщо ви вибрали «Я живу в іншому місці Данії». Тоді ми побачимо, де ви живете, і напишемо вам, що можемо запропонувати там.',
	'signup.postcode.invalid': 'Введіть поштовий індекс із чотирьох цифр, наприклад 5000',
} as const satisfies PartialStrings;
