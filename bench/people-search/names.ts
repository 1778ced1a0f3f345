// Names of the people Lotse serves, by origin: the original script where there
// is one, and the Latin spellings German offices actually meet (several
// conventions, passports, what people write themselves). Cyrillic names get
// their Latin forms from conventions.ts. Format: "original|latin1,latin2,…".

import { transliterate, type Convention } from './conventions.js';

export interface NameForm {
  script: string | null;
  latin: string[];
}

export interface Origin {
  key: string;
  weight: number;
  countries: string[];
  male: NameForm[];
  female: NameForm[];
  family: NameForm[];
  /** Parts of a full name: given, [father's given name], family. */
  fatherName: number;
  /** Female form of a family name (Russian -ov → -ova). */
  feminine?: (family: NameForm) => NameForm;
  /** Wives keep their own family name (Arabic, Persian, Somali, Tigrinya practice). */
  wifeKeepsName: boolean;
}

function forms(list: string): NameForm[] {
  return list
    .trim()
    .split(/\n|;/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [script, latin] = line.split('|') as [string, string];
      return { script: script.trim() || null, latin: latin.split(',').map((s) => s.trim()) };
    });
}

const CYRILLIC_CONVENTIONS: Convention[] = ['german', 'english', 'french', 'icao'];
function cyrillic(list: string, ukrainian = false): NameForm[] {
  return list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((word) => {
      const latin = [...new Set([...(ukrainian ? ['ukrainian' as const] : []), ...CYRILLIC_CONVENTIONS].map((c) => transliterate(word, c)).map((s) => (s === s.toUpperCase() ? s[0] + s.slice(1).toLowerCase() : s)))];
      return { script: word, latin };
    });
}

const arabicMale = forms(`
محمد|Mohammed,Muhammad,Mohamed,Mohammad,Mohamad,Muhammed,Mouhamed
أحمد|Ahmed,Ahmad,Achmed,Ahmet
علي|Ali,Aly,Ally
حسن|Hassan,Hasan,Hassane
حسين|Hussein,Hussain,Husein,Houssein
خالد|Khaled,Khalid,Chalid,Chaled
عمر|Omar,Umar,Omer
يوسف|Youssef,Yusuf,Yousef,Jussuf,Youcef
إبراهيم|Ibrahim,Ebrahim,Ibraheem,Brahim
مصطفى|Mustafa,Moustafa,Mostafa,Mustapha
محمود|Mahmoud,Mahmud,Mahmood
عبد الله|Abdullah,Abdallah,Abdulla,Abdellah
عبد الرحمن|Abdulrahman,Abdelrahman,Abdurrahman,Abderrahmane,Abdul Rahman
عبد الكريم|Abdulkarim,Abdelkarim,Abdul Karim,Abd al-Karim
عبد العزيز|Abdulaziz,Abdelaziz,Abdul Aziz,Abdulazeez
سعيد|Said,Saeed,Saïd,Sayed
وليد|Walid,Waleed,Oualid
طارق|Tarek,Tariq,Tarik
جمال|Jamal,Djamal,Dschamal,Gamal
فراس|Firas,Feras,Firass
باسل|Basel,Bassel,Basil
رامي|Rami,Ramy
سامر|Samer,Sameer
عماد|Imad,Emad
زياد|Ziad,Ziyad,Siad
مازن|Mazen,Mazin
نبيل|Nabil,Nabeel
كريم|Karim,Kareem,Karem
أيمن|Ayman,Aiman,Eyman
حمزة|Hamza,Hamzah,Hamsa
عثمان|Othman,Osman,Uthman,Usman
صالح|Saleh,Salih,Saleh
يحيى|Yahya,Yahia,Jahja
أنس|Anas,Anass
بلال|Bilal,Belal
جعفر|Jafar,Jaafar,Dschafar,Djafar
رضوان|Radwan,Ridwan,Redouane
شادي|Shadi,Chadi,Schadi
غسان|Ghassan,Gassan,Rhassan
قاسم|Qasim,Kassem,Kasim,Qassem
`);
const arabicFemale = forms(`
فاطمة|Fatima,Fatma,Fatimah,Fatema
عائشة|Aisha,Aischa,Aicha,Ayesha
مريم|Maryam,Mariam,Meryem,Mariem
زينب|Zainab,Zeinab,Zaynab,Sainab
نور|Nour,Noor,Nur
ياسمين|Yasmin,Jasmin,Yasmine
رنا|Rana,Ranaa
هبة|Heba,Hiba,Hebah
سارة|Sara,Sarah,Sarra
لينا|Lina,Leena
ريم|Reem,Rim,Riem
دعاء|Doaa,Duaa,Dua
آية|Aya,Ayah,Aaya
أمل|Amal,Amel
هدى|Huda,Houda,Hoda
سلمى|Salma,Selma
رغد|Raghad,Ragad
بشرى|Bushra,Boushra,Buschra
خديجة|Khadija,Khadidja,Chadidscha,Khadijah
روان|Rawan,Rawaan,Raouane
رهف|Rahaf,Rahf
شيماء|Shaimaa,Chaimae,Schaima
`);
const arabicFamily = forms(`
الهاشمي|Al-Hashimi,Alhashimi,El Hashemi,Al Hashimi
الحسن|Al-Hassan,Alhassan,El Hassan
الأحمد|Al-Ahmad,Alahmad,El Ahmed,Al Ahmad
الخطيب|Al-Khatib,Alkhatib,El Khatib,Al-Chatib
حداد|Haddad,Hadad,Haddad
الشامي|Al-Shami,Ash-Shami,Alshami,Chami
العلي|Al-Ali,Alali,El Ali
المصري|Al-Masri,Almasri,El Masry,Al Masri
النجار|Al-Najjar,Alnajjar,En-Naggar,Al Nadschar
حمدان|Hamdan,Hamdane
منصور|Mansour,Mansur,Mansoor
الزعبي|Al-Zoubi,Alzoubi,Al-Zu'bi,El Zoubi
الحمصي|Al-Homsi,Alhomsi,El Homsi
قاسم|Kassem,Qasim,Kasim,Qassem
عيسى|Issa,Eissa,Isa
سليمان|Suleiman,Sulaiman,Soliman,Sleiman
يونس|Younes,Yunus,Younis,Junis
الرفاعي|Al-Rifai,Alrifai,Rifaei,El Rifai
الجاسم|Al-Jasim,Aljassem,El Jasem
الكردي|Al-Kurdi,Alkurdi,El Kurdi
الحلبي|Al-Halabi,Alhalabi,El Halaby
الدمشقي|Al-Dimashqi,Aldimashki,Damaschki
العمر|Al-Omar,Alomar,El Omar
شريف|Sharif,Cherif,Scharif,Sherif
خليل|Khalil,Chalil,Khaleel
عباس|Abbas,Abas
سعد|Saad,Sa'ad,Saed
داود|Dawood,Daoud,Dawud,Davud
الصالح|Al-Saleh,Alsaleh,As-Saleh
الموسى|Al-Mousa,Almousa,Al-Musa
البكري|Al-Bakri,Albakri,El Bakry
الحريري|Al-Hariri,Alhariri,Hariri
العبدالله|Al-Abdullah,Alabdallah,Al Abdallah
الأسعد|Al-Asaad,Alasaad,El Assad
درويش|Darwish,Derwisch,Darwiche
`);

const persianMale = forms(`
محمد|Mohammad,Mohammed,Muhammad,Mohamad
علی|Ali,Aly
رضا|Reza,Resa,Rida
حسین|Hossein,Hussain,Hosein,Husain
مهدی|Mehdi,Mahdi,Mehdy
امیر|Amir,Emir
حمید|Hamid,Hameed
جواد|Javad,Jawad,Dschawad
سعید|Saeed,Said,Saeid
مرتضی|Morteza,Murtaza,Mortaza
مصطفی|Mostafa,Mustafa
احمد|Ahmad,Ahmed
محمود|Mahmoud,Mahmood,Mahmud
فرید|Farid,Fareed
نوید|Navid,Nawid
سهراب|Sohrab,Suhrab
بهرام|Bahram,Bahraam
پژمان|Pejman,Pezhman,Peschman
غلام|Gholam,Ghulam,Golam
نصیر|Nasir,Naseer,Nassir
ذبیح الله|Zabihullah,Zabiullah,Sabiullah
شفیق|Shafiq,Schafik,Chafik
محمدرضا|Mohammadreza,Mohammad Reza,Mohamadreza
علیرضا|Alireza,Ali Reza,Alirza
`);
const persianFemale = forms(`
فاطمه|Fatemeh,Fatima,Fatemah
زهرا|Zahra,Sahra,Zahraa
مریم|Maryam,Mariam
سارا|Sara,Sarah
نرگس|Narges,Nargis
شیرین|Shirin,Schirin,Chirine
پریسا|Parisa,Parissa
لیلا|Leila,Laila,Leyla
مینا|Mina,Meena
سمیرا|Samira,Sameera
فرشته|Fereshteh,Fereshta,Freshta
سحر|Sahar,Sachar
نازنین|Nazanin,Nasanin
معصومه|Masoumeh,Masuma,Massoumeh
`);
const persianFamily = forms(`
احمدی|Ahmadi,Ahmady,Achmadi
محمدی|Mohammadi,Mohamadi,Muhammadi
حسینی|Hosseini,Husseini,Hosaini,Hussaini
رضایی|Rezaei,Rezai,Rezaie,Resai
کریمی|Karimi,Karimy
رحیمی|Rahimi,Rahimy,Rachimi
جعفری|Jafari,Jaafari,Dschafari
نوری|Noori,Nouri,Nuri
صادقی|Sadeghi,Sadiqi,Sadeqi
حیدری|Heidari,Haidari,Haydari
عزیزی|Azizi,Asisi
قاسمی|Ghasemi,Qasemi,Kasemi,Qasimi
موسوی|Mousavi,Musavi,Moussawi,Musawi
هاشمی|Hashemi,Hashimi,Haschemi
یوسفی|Yousefi,Yusufi,Jussufi
نظری|Nazari,Nasari
امیری|Amiri,Amiry
سلطانی|Soltani,Sultani
کاظمی|Kazemi,Kazimi,Kasemi
اکبری|Akbari,Akbary
وحیدی|Vahidi,Wahidi
سروری|Sarwari,Sarvari
صفری|Safari,Safary
طاهری|Taheri,Tahiri
`);

const pashtoMale = forms(`
ګل|Gul,Gol
خان|Khan,Chan
نور|Noor,Nur,Nour
زلمی|Zalmai,Salmai,Zalmay
وحید|Wahid,Vahid,Waheed
نقیب الله|Naqibullah,Nakibullah,Naqeebullah
رحمت الله|Rahmatullah,Rachmatullah,Rahmatulla
شیر|Sher,Shir,Scher
اجمل|Ajmal,Adschmal,Ajmel
ولي|Wali,Vali,Walli
امید|Omid,Umed,Omed
بلال|Bilal,Belal
فرهاد|Farhad,Farhat
جاوید|Jawid,Javed,Dschawid
عبدالرحیم|Abdul Rahim,Abdulrahim,Abdurrahim
`);
const pashtoFemale = forms(`
ملالی|Malalai,Malaly,Malalay
ګلالۍ|Gulalai,Gulalay,Gulali
زرمینه|Zarmina,Sarmina,Zarmeena
نازو|Nazo,Naso,Nazu
پلوشه|Palwasha,Palvasha
شبنم|Shabnam,Schabnam,Chabnam
لیلمه|Lailuma,Leiluma,Lailoma
`);
const pashtoFamily = forms(`
احمدزی|Ahmadzai,Ahmadsai,Ahmadzay
یوسفزی|Yousafzai,Yusufzai,Jusufsai
ستانکزی|Stanikzai,Stanekzai,Stanaksai
وردګ|Wardak,Wardag,Vardak
پوپلزی|Popalzai,Popalsai
دراني|Durrani,Durani,Dorrani
خان|Khan,Chan
مومند|Mohmand,Momand,Mohmend
صافي|Safi,Safie,Saafi
ځدراڼ|Zadran,Sadran,Dzadran
نورزی|Noorzai,Nurzai,Noorsai
اڅکزی|Achakzai,Atschaksai,Achekzai
شینواری|Shinwari,Schinwari,Shinvari
کرزی|Karzai,Karsai,Karzay
`);

const turkishMale = forms(`
|Mehmet,Mehmed,Mehmet
|Mustafa,Mustafa
|Ahmet,Ahmed
|Hüseyin,Hueseyin,Huseyin,Hüsseyin
|Hasan,Hassan
|İbrahim,Ibrahim
|İsmail,Ismail
|Yusuf,Jusuf
|Murat,Murad
|Ömer,Oemer,Omer
|Emre,Emre
|Burak,Burak
|Can,Djan,Dschan
|Cem,Dschem
|Çağlar,Caglar,Tschaglar
|Şükrü,Sukru,Schükrü
|Gökhan,Goekhan,Gokhan
|Serkan,Serkan
|Erdoğan,Erdogan
|Cengiz,Dschengis,Djengiz
|Kemal,Kamal
`);
const turkishFemale = forms(`
|Ayşe,Ayse,Aysche,Aische
|Fatma,Fatma
|Emine,Emine
|Hatice,Hatidsche,Hatije
|Zeynep,Seynep,Zeinep
|Elif,Elif
|Meryem,Meriem
|Özlem,Oezlem,Ozlem
|Gülsüm,Guelsuem,Gulsum
|Şeyma,Seyma,Scheyma
|Büşra,Buesra,Busra,Büschra
|Esra,Esra
|Derya,Derja
|Yasemin,Jasemin
`);
const turkishFamily = forms(`
|Yılmaz,Yilmaz,Jilmas
|Kaya,Kaja
|Demir,Demir
|Şahin,Sahin,Schahin
|Çelik,Celik,Tschelik
|Yıldız,Yildiz,Jildis
|Yıldırım,Yildirim,Jildirim
|Öztürk,Oeztuerk,Ozturk
|Aydın,Aydin,Aidin
|Özdemir,Oezdemir,Ozdemir
|Arslan,Arslan
|Doğan,Dogan
|Kılıç,Kilic,Kilitsch
|Aslan,Aslan
|Çetin,Cetin,Tschetin
|Koç,Koc,Kotsch
|Kurt,Kurt
|Özkan,Oezkan,Ozkan
|Şimşek,Simsek,Schimschek
|Polat,Polat
|Korkmaz,Korkmas
|Güneş,Gunes,Guenes,Günesch
|Aktaş,Aktas,Aktasch
`);

const kurdishMale = forms(`
ئازاد|Azad,Asad
ئارام|Aram,Araam
ڕێبوار|Rebwar,Rebvar,Ribwar
شێرکۆ|Şêrko,Sherko,Scherko,Shirko
دڵشاد|Dilşad,Dilshad,Dilschad,Delshad
باران|Baran,Baran
کاوە|Kawa,Kaveh,Kava
هەژار|Hejar,Hazhar,Heschar
خەبات|Xebat,Khabat,Chabat
بەختیار|Bextiyar,Bakhtiar,Bachtiar
کاروان|Karwan,Karvan
وەلات|Welat,Walat,Velat
`);
const kurdishFemale = forms(`
ڕۆژدا|Rojda,Roschda,Rozhda
بێریڤان|Berivan,Berîvan,Beriwan
دیلان|Dilan,Delan
هێڤی|Hêvî,Hevi,Hewi
نازدار|Nazdar,Nasdar
ڕۆژین|Rojîn,Rojin,Rozhin,Roschin
نەسرین|Nesrîn,Nesrin,Nasrin
شیلان|Şîlan,Shilan,Schilan
ئاڤین|Avîn,Avin,Awin
`);
const kurdishFamily = forms(`
بارزانی|Barzani,Barsani
تاڵەبانی|Talabani,Talebani
کوردی|Kurdi,Kordi
زێباری|Zebari,Sebari,Zibari
خۆشناو|Xoşnaw,Khoshnaw,Choschnau
دۆسکی|Doski,Duski
ئامێدی|Amêdî,Amedi,Amadi
هەورامی|Hawrami,Havrami,Hewrami
جاف|Jaf,Caf,Dschaf
ڕەشید|Reşîd,Rashid,Raschid
سیندی|Sindi,Sindy
`);

const tigrinyaMale = forms(`
ተስፋይ|Tesfay,Tesfai,Tesfaye
መሓሪ|Mehari,Mahari,Meharie
ኪዳነ|Kidane,Kidan,Kedane
ተኽለ|Tekle,Teklay,Tecle
ዮሃንስ|Yohannes,Johannes,Yohanes
ብርሃነ|Berhane,Birhane,Berhan
ኣብራሃ|Abraha,Abreha,Abrha
ሃብተ|Habte,Habtay,Hapte
ሙሴ|Mussie,Musie,Mosie
ሰመረ|Semere,Semre,Zemere
ፊልሞን|Filmon,Philemon,Filimon
ክብሮም|Kibrom,Kebrom,Kibrum
ዳዊት|Dawit,Dawid,Davit
ሚካኤል|Mikael,Michael,Mikiel
`);
const tigrinyaFemale = forms(`
ሰላም|Selam,Salam,Sellam
ሰናይት|Senait,Senayt,Sennait
ሉዋም|Luwam,Luam,Lwam
ዮዲት|Yodit,Judith,Yodith
ፍረወይኒ|Freweyni,Frewini,Fruweini
ሄለን|Helen,Hellen
ሳባ|Saba,Sabaa
ብርኽቲ|Birikti,Brikti,Berikti
ኣክበረት|Akberet,Akeberet
`);
const tigrinyaFamily = forms(`
ገብረመድህን|Gebremedhin,Ghebremedhin,Gebre Medhin,Gebremedin
ወልደሚካኤል|Weldemichael,Woldemichael,Welde Mikael,Woldemikael
ገብረየሱስ|Gebreyesus,Ghebreyesus,Gebre Yesus
ተወልደ|Tewelde,Tewolde,Teweldé
ሃይለ|Haile,Hayle,Hailé
ተኽላይ|Teklay,Teclai,Teklai
ዘርኣይ|Zerai,Zeray,Serai
ኣስመሮም|Asmerom,Asmarom
ገብረሚካኤል|Gebremichael,Ghebremicael,Gebremikael
ሃብተማርያም|Habtemariam,Habtemaryam,Habte Mariam
`).concat(tigrinyaMale);

const somaliMale = forms(`
|Mohamed,Mohammed,Maxamed,Mohamud
|Abdirahman,Abdurahman,Cabdiraxmaan,Abdulrahman
|Abdullahi,Abdulahi,Cabdullaahi
|Ahmed,Axmed,Ahmad
|Hassan,Xasan,Hasan
|Ali,Cali,Aly
|Omar,Cumar,Umar
|Yusuf,Yussuf,Yuusuf
|Ismail,Ismaaciil,Ismael
|Abdi,Abdy,Cabdi
|Farah,Faarax,Farax
|Hussein,Xuseen,Husein
|Mahad,Mahat
|Liban,Libaan
|Abdikarim,Abdulkarim,Cabdikariim
|Osman,Cusmaan,Othman
`);
const somaliFemale = forms(`
|Fadumo,Faadumo,Fatuma
|Amina,Aamina,Aminah
|Hodan,Hoodan
|Halima,Xaliimo,Halimo
|Asha,Caasha,Aisha
|Hawa,Xawa,Hawo
|Sahra,Sahro,Zahra
|Ifrah,Ifraax
|Deqa,Deeqa
|Nasra,Nasro
|Ayan,Ayaan
`);
const somaliFamily = forms(`
|Warsame,Warsama
|Hirsi,Xirsi
|Jama,Jaamac,Jamac
|Aden,Aadan,Adan
|Egal,Cigaal,Igal
|Duale,Dualeh,Ducaale
|Nur,Nuur,Noor
|Gedi,Geedi
|Samatar,Samater
|Guled,Guuleed
|Elmi,Cilmi
|Abdille,Cabdille,Abdulle
`).concat(somaliMale);

const ukrainianMale = cyrillic('Олександр Андрій Сергій Дмитро Володимир Микола Іван Юрій Олег Богдан Тарас Віталій Максим Артем Денис', true);
const ukrainianFemale = cyrillic('Олена Наталія Оксана Тетяна Ірина Юлія Катерина Ольга Світлана Анастасія Людмила Галина Вікторія Марія Софія', true);
const ukrainianFamily = cyrillic('Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Поліщук Бойко Ковальчук Мельник Лисенко Марченко Савченко Руденко Мороз Петренко Кузьменко Павленко Гончаренко Ткачук Федоренко Литвиненко Захарченко Грищенко Кравчук Онищенко', true);

const russianMale = cyrillic('Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Николай Владимир Юрий Игорь Павел Артём');
const russianFemale = cyrillic('Елена Ольга Наталья Татьяна Ирина Светлана Юлия Екатерина Анна Мария Людмила Ксения Дарья');
const russianFamily = cyrillic('Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Фролов Жуков Щербаков Хабибуллин Чернышёв Журавлёв Шестаков Ковалёв');
const russianFeminine = (family: NameForm): NameForm => (family.script && /(ов|ев|ёв|ин)$/.test(family.script) ? cyrillic(`${family.script}а`)[0] as NameForm : family);

const germanMale = forms(`
|Thomas,Tomas
|Michael,Michel
|Andreas,Andreas
|Stefan,Stephan
|Christian,Kristian
|Matthias,Mathias
|Jürgen,Juergen,Jurgen
|Klaus,Claus
|Peter,Peter
|Wolfgang,Wolfgang
|Frank,Franck
|Uwe,Uwe
|Markus,Marcus
|Jörg,Joerg,Jorg
`);
const germanFemale = forms(`
|Sabine,Sabine
|Petra,Petra
|Claudia,Klaudia
|Monika,Monica
|Susanne,Susanna
|Andrea,Andrea
|Katharina,Catharina,Katarina
|Birgit,Birgitt
|Ute,Ute
|Heike,Haike
`);
const germanFamily = forms(`
|Müller,Mueller,Muller
|Schmidt,Schmitt,Schmid
|Schneider,Schneider
|Fischer,Fischer
|Weber,Webber
|Meyer,Meier,Maier,Mayer
|Wagner,Wagener
|Becker,Bäcker
|Schulz,Schultz
|Hoffmann,Hofmann
|Schäfer,Schaefer,Schafer
|Koch,Koch
|Bauer,Bauer
|Richter,Richter
|Klein,Klein
|Wolf,Wolff
|Schröder,Schroeder,Schroder
|Neumann,Neuman
|Schwarz,Schwartz
|Zimmermann,Zimmerman
|Braun,Braun
|Krüger,Krueger,Kruger
|Hartmann,Hartman
|Lange,Lange
|Werner,Werner
|Krause,Krause
|Lehmann,Lehman
`);

export const origins: Origin[] = [
  { key: 'arabic', weight: 0.2, countries: ['SYR', 'IRQ', 'LBN', 'JOR'], male: arabicMale, female: arabicFemale, family: arabicFamily, fatherName: 0.35, wifeKeepsName: true },
  { key: 'persian', weight: 0.12, countries: ['AFG', 'IRN'], male: persianMale, female: persianFemale, family: persianFamily, fatherName: 0, wifeKeepsName: true },
  { key: 'pashto', weight: 0.06, countries: ['AFG', 'PAK'], male: pashtoMale, female: pashtoFemale, family: pashtoFamily, fatherName: 0, wifeKeepsName: false },
  { key: 'ukrainian', weight: 0.14, countries: ['UKR'], male: ukrainianMale, female: ukrainianFemale, family: ukrainianFamily, fatherName: 0, wifeKeepsName: false },
  { key: 'russian', weight: 0.06, countries: ['RUS', 'UKR'], male: russianMale, female: russianFemale, family: russianFamily, fatherName: 0, feminine: russianFeminine, wifeKeepsName: false },
  { key: 'turkish', weight: 0.12, countries: ['TUR'], male: turkishMale, female: turkishFemale, family: turkishFamily, fatherName: 0, wifeKeepsName: false },
  { key: 'kurdish', weight: 0.07, countries: ['IRQ', 'SYR', 'TUR'], male: kurdishMale, female: kurdishFemale, family: kurdishFamily, fatherName: 0.2, wifeKeepsName: true },
  { key: 'tigrinya', weight: 0.06, countries: ['ERI', 'ETH'], male: tigrinyaMale, female: tigrinyaFemale, family: tigrinyaFamily, fatherName: 0.1, wifeKeepsName: true },
  { key: 'somali', weight: 0.05, countries: ['SOM'], male: somaliMale, female: somaliFemale, family: somaliFamily, fatherName: 0.5, wifeKeepsName: true },
  { key: 'german', weight: 0.12, countries: ['DEU'], male: germanMale, female: germanFemale, family: germanFamily, fatherName: 0, wifeKeepsName: false },
];
