package extract

import (
	"slices"
	"testing"
)

// TestDealConstructions covers constructions that name a party without its
// name (descriptions, pronouns), deals of three or more parties, and
// investment, hosting and joint-building wording.
func TestDealConstructions(t *testing.T) {
	tests := []dealCase{
		{"en description with a product", "en",
			"Meta is building a campus in Louisiana. Last month the Facebook owner signed a six-year cloud agreement with Google worth $10 billion.",
			[]wantDeal{{parties: "Google+Meta", amount: 10e9, months: 72}}},
		{"fr description par le siège", "fr",
			"CoreWeave dépend fortement de Microsoft. Pour réduire cette dépendance, la société du New Jersey a signé avec OpenAI un contrat de 11,9 milliards de dollars sur cinq ans.",
			[]wantDeal{{parties: "CoreWeave+OpenAI", amount: 11.9e9, months: 60}}},
		{"fr apposition décrit le nom", "fr",
			"Talen Energy, l'exploitant de la centrale, a signé un contrat avec Amazon.",
			[]wantDeal{{parties: "Amazon+Talen Energy"}}},
		{"en pronoun after a fronted adverbial", "en",
			"Nuclear bets abound. Amazon has hedged across several bets. Weeks after Google's announcement, it anchored a funding round of roughly $500 million in X-energy, and it signed an agreement with Dominion Energy to study a small reactor.",
			[]wantDeal{{parties: "Amazon+X-energy", kind: kindInvestment, amount: 500e6, roles: map[string]string{"Amazon": "investor", "X-energy": "investee"}},
				{parties: "Amazon+Dominion Energy"}}},
		{"en pronoun after a date", "en",
			"Google went further. In October 2024 it signed an agreement to buy power from reactors to be developed by Kairos Power.",
			[]wantDeal{{parties: "Google+Kairos Power"}}},
		{"en series round led by investors", "en",
			"Then there is Lambda. In February 2025 it raised $480m in a Series D co-led by Andra Capital and SGW.",
			[]wantDeal{{parties: "Andra Capital+Lambda+SGW", kind: kindInvestment, amount: 480e6,
				roles: map[string]string{"Lambda": "investee", "Andra Capital": "investor", "SGW": "investor"}}}},
		{"en raising guidance is no round", "en",
			"Nvidia raised its revenue guidance to $65 billion on demand from Microsoft.", nil},
		{"fr augmentation de capital auprès d'investisseurs", "fr",
			"Le néocloud Nebius a annoncé une augmentation de capital de 700 millions de dollars, réalisée par placement privé auprès d'un groupe d'investisseurs comprenant Accel, Nvidia et Orbis Investments.",
			[]wantDeal{{parties: "Accel+Nebius+Nvidia+Orbis Investments", kind: kindInvestment, amount: 700e6}}},
		{"fr sujet dans un complément de lieu", "fr",
			"Les serveurs seront installés à Sines, sur le site du développeur Start Campus. Installée à Londres, Nscale a signé un accord avec Microsoft.",
			[]wantDeal{{parties: "Microsoft+Nscale"}}},
		{"en consortium buys a company from its owners", "en",
			"Blackstone and CPP Investments have agreed to buy AirTrunk from Macquarie Asset Management and Canadian pension fund PSP Investments in a deal that values the business at A$24 billion.",
			[]wantDeal{{parties: "AirTrunk+Blackstone+CPP Investments", kind: kindAcquisition, amount: 24e9,
				roles: map[string]string{"Blackstone": "acquirer", "CPP Investments": "acquirer", "AirTrunk": "target"}}}},
		{"en an asset bought from its owner", "en",
			"Back in late 2022, Galaxy Digital acquired the Texas mining site for $65 million from Argo Blockchain.",
			[]wantDeal{{parties: "Argo Blockchain+Galaxy Digital", kind: kindAcquisition, amount: 65e6}}},
		{"fr consortium rachète auprès des vendeurs", "fr",
			"MGX et BlackRock vont racheter Aligned Data Centers auprès de Macquarie pour 40 milliards de dollars.",
			[]wantDeal{{parties: "Aligned Data Centers+BlackRock+MGX", kind: kindAcquisition, amount: 40e9}}},
		{"en built together with a list", "en",
			"OpenAI and G42 on Thursday unveiled a 1-gigawatt AI computing cluster to be built in Abu Dhabi together with Oracle, Nvidia, Cisco and SoftBank Group.",
			[]wantDeal{{parties: "Cisco+G42+Nvidia+OpenAI+Oracle+SoftBank", kind: kindPartnership, power: 1000}}},
		{"en campus developed with a partner", "en",
			"First up: Crusoe. Most of its cash goes to Abilene, Texas, the campus it is developing with Blue Owl Capital, planned for around 1.2 GW.",
			[]wantDeal{{parties: "Blue Owl Capital+Crusoe", kind: kindPartnership, power: 1200}}},
		{"en the maker of provided hardware is no customer", "en",
			"Meta has signed a $40 billion contract with Nebius for AI capacity. Nebius will provide access to Nvidia GB300 systems at a campus in Finland.",
			[]wantDeal{{parties: "Meta+Nebius", amount: 40e9}}},
		{"fr le fabricant du matériel fourni n'est pas client", "fr",
			"Meta a signé un contrat de 40 milliards de dollars avec Nebius. Nebius fournira l'accès à des systèmes Nvidia GB300 en Finlande.",
			[]wantDeal{{parties: "Meta+Nebius", amount: 40e9}}},
		{"en a supplier with no customer is no deal", "en",
			"Cisco is providing networking and security, and SoftBank joins as a partner in the project.", nil},
		{"en supplier with a pronoun customer", "en",
			"Then there is Lambda, which runs a GPU cloud. In April 2024 Macquarie Group provided it with a $500m credit facility.",
			[]wantDeal{{parties: "Lambda+Macquarie", amount: 500e6}}},
		{"fr construit avec un partenaire", "fr",
			"Le campus que Fluidstack construit avec TeraWulf à Lake Mariner atteindra 360 MW.",
			[]wantDeal{{parties: "Fluidstack+TeraWulf", kind: kindPartnership, power: 360}}},
		{"fr rachat annoncé après un autre accord", "fr",
			"CoreWeave a signé un contrat de 11,9 milliards de dollars avec OpenAI. Dans la même période, CoreWeave a annoncé le rachat de la plateforme Weights & Biases pour 1,7 milliard de dollars.",
			[]wantDeal{{parties: "CoreWeave+OpenAI", amount: 11.9e9}, {parties: "CoreWeave+Weights & Biases", kind: kindAcquisition, amount: 1.7e9}}},
		{"en the acquisition already reported", "en",
			"CoreWeave agreed to acquire Core Scientific for $9 billion. Analysts said the acquisition by CoreWeave gives it 1.3 GW of power.",
			[]wantDeal{{parties: "Core Scientific+CoreWeave", kind: kindAcquisition, amount: 9e9, power: 1300}}},
		{"en counted among its backers", "en",
			"The startup is growing fast. Anthropic also counts Alphabet Inc.'s Google among its backers, which has committed about $2 billion to the startup.",
			[]wantDeal{{parties: "Anthropic+Google", kind: kindInvestment, amount: 2e9}}},
		{"fr compte parmi ses actionnaires", "fr",
			"La start-up grandit vite. Mistral AI compte Nvidia parmi ses actionnaires depuis 2024.",
			[]wantDeal{{parties: "Mistral AI+Nvidia", kind: kindInvestment}}},
		{"fr hébergé dans le centre d'un opérateur", "fr",
			"Nebius exploite depuis le mois dernier un cluster de GPU H200 hébergé à Paris dans un centre d'Equinix, son premier site en France.",
			[]wantDeal{{parties: "Equinix+Nebius", kind: kindLease, gpus: []string{"H200"}}}},
		{"en hosted with no facility is no deal", "en",
			"Nvidia hosted a dinner for OpenAI engineers in San Jose.", nil},
		{"fr concurrent sujet de sa phrase", "fr",
			"Nvidia fournira des puces à Humain. Son concurrent AMD n'a pas été oublié : un partenariat de 10 milliards de dollars a été conclu avec Humain pour déployer 500 MW de capacité de calcul sur cinq ans.",
			[]wantDeal{{parties: "Humain+Nvidia"}, {parties: "AMD+Humain", amount: 10e9, power: 500, months: 60}}},
		{"fr la société en position d'objet", "fr",
			"Le champion saoudien Humain a signé mardi une série d'accords. Le fabricant de puces Nvidia fournira 18 000 de ses puces GB300 à la société.",
			[]wantDeal{{parties: "Humain+Nvidia", kind: kindPurchase, gpus: []string{"GB300"}}}},
		{"en the company is the sentence's first company", "en",
			"Cisco provides networking. Abu Dhabi-based G42 has become a preferred partner since Microsoft invested $1.5 billion in the company last year.",
			[]wantDeal{{parties: "G42+Microsoft", kind: kindInvestment, amount: 1.5e9}}},
		{"fr client loin après le verbe de fourniture", "fr",
			"Le champion saoudien Humain a signé mardi une série d'accords. Le fabricant de puces californien Nvidia fournira dans un premier temps 18 000 de ses puces GB300 à la société.",
			[]wantDeal{{parties: "Humain+Nvidia", gpus: []string{"GB300"}}}},
		{"en a lease then a takeover between the same companies", "en",
			"CoreWeave leased 590 MW of capacity from Core Scientific in 2024. In July 2025, CoreWeave agreed to acquire Core Scientific for $9 billion.",
			[]wantDeal{{parties: "Core Scientific+CoreWeave", kind: kindLease, power: 590},
				{parties: "Core Scientific+CoreWeave", kind: kindAcquisition, amount: 9e9}}},
		{"fr un contrat puis le rachat d'un campus", "fr",
			"Talen Energy a signé un contrat de fourniture de 1 920 MW avec Amazon pour 18 milliards de dollars. En mars 2024, Amazon avait déboursé 650 millions de dollars pour racheter à Talen Energy le campus de Salem Township.",
			[]wantDeal{{parties: "Amazon+Talen Energy", amount: 18e9, power: 1920},
				{parties: "Amazon+Talen Energy", kind: kindAcquisition, amount: 650e6}}},
		{"en anaphor after a colon, then a deal valued at", "en",
			"Amazon has hedged across several bets. Its nuclear asset sits in Pennsylvania: in March 2024 the company paid Talen Energy $650 million for a data-center campus. The two companies reworked that arrangement into a grid contract: in June 2025 Talen agreed to supply 1,920 MW to Amazon through 2042, a deal valued at about $18 billion.",
			[]wantDeal{{parties: "Amazon+Talen Energy", amount: 650e6},
				{parties: "Amazon+Talen Energy", amount: 18e9, power: 1920}}},
		{"en a valuation is not the deal's amount", "en",
			"Microsoft invested $1 billion in OpenAI, valuing the startup at $29 billion.",
			[]wantDeal{{parties: "Microsoft+OpenAI", kind: kindInvestment, amount: 1e9}}},
		{"en power of the plant in the next sentence", "en",
			"In September 2024, Constellation Energy agreed to sell the output of a reactor to Microsoft under a 20-year power purchase agreement. The plant is slated to restart in 2028 and would supply about 835 megawatts.",
			[]wantDeal{{parties: "Constellation Energy+Microsoft", months: 240, power: 835}}},
		{"fr les deux groupes dans la phrase suivante", "fr",
			"Le saoudien Humain a signé un accord avec Nvidia pour 18 000 puces GB300. Les deux groupes prévoient de construire des usines d'IA d'une capacité de 500 mégawatts.",
			[]wantDeal{{parties: "Humain+Nvidia", power: 500}}},
		{"en part of the amount is not the amount", "en",
			"Nebius will receive $30 billion, of which $20 billion is conditional, under the agreement with Microsoft.",
			[]wantDeal{{parties: "Microsoft+Nebius", amount: 30e9}}},
		{"en poured money into", "en",
			"Last year SoftBank poured $2 billion into Intel as the chipmaker struggled.",
			[]wantDeal{{parties: "Intel+SoftBank", kind: kindInvestment, amount: 2e9}}},
		{"en pouring concrete is no investment", "en",
			"Crusoe is pouring concrete in Abilene while Oracle waits for the racks.", nil},
		{"fr injecter dans", "fr",
			"Le fonds MGX va injecter 2 milliards de dollars dans Mistral AI.",
			[]wantDeal{{parties: "MGX+Mistral AI", kind: kindInvestment, amount: 2e9}}},
		{"fr entrer au capital", "fr",
			"En septembre, ASML a choisi d'entrer au capital de Mistral AI pour 1,3 milliard d'euros.",
			[]wantDeal{{parties: "ASML+Mistral AI", kind: kindInvestment, amount: 1.3e9}}},
		{"fr puces livrées par le fabricant", "fr",
			"En juin, xAI a reçu 100 000 puces H100 livrées par Nvidia pour son centre de Memphis.",
			[]wantDeal{{parties: "Nvidia+xAI", kind: kindPurchase, gpus: []string{"H100"}}}},
		{"en an order split between co-suppliers", "en",
			"xAI needs more servers for Colossus. The company placed an order that was split between Dell and Supermicro.",
			[]wantDeal{{parties: "Dell Technologies+xAI", kind: kindPurchase}, {parties: "Supermicro+xAI", kind: kindPurchase}}},
		{"fr puces ajoutées vont au contrat du fabricant", "fr",
			"xAI a construit Colossus avec 100 000 GPU H100. Les puces ont été livrées par Nvidia. Côté serveurs, la commande a été partagée entre Dell et Supermicro.\n\nEnsuite, xAI a doublé la capacité en ajoutant des H200.",
			[]wantDeal{{parties: "Nvidia+xAI", kind: kindPurchase, gpus: []string{"H200"}}, {parties: "Dell Technologies+xAI", kind: kindPurchase},
				{parties: "Supermicro+xAI", kind: kindPurchase}}},
		{"en added chips go to their maker's deal", "en",
			"xAI built Colossus with 100,000 H100 GPUs. The chips were supplied by Nvidia. The server order was split between Dell and Supermicro.\n\nLater, xAI doubled capacity by adding H200 chips.",
			[]wantDeal{{parties: "Nvidia+xAI", kind: kindPurchase, gpus: []string{"H200"}}, {parties: "Dell Technologies+xAI", kind: kindPurchase},
				{parties: "Supermicro+xAI", kind: kindPurchase}}},
		{"fr commande partagée après une livraison", "fr",
			"xAI a construit Colossus avec 100 000 GPU H100. Les puces ont été livrées par Nvidia. Côté serveurs, la commande a été partagée entre Dell et Supermicro.",
			[]wantDeal{{parties: "Nvidia+xAI", kind: kindPurchase}, {parties: "Dell Technologies+xAI", kind: kindPurchase,
				roles: map[string]string{"xAI": "buyer", "Dell Technologies": "seller"}}, {parties: "Supermicro+xAI", kind: kindPurchase,
				roles: map[string]string{"xAI": "buyer", "Supermicro": "seller"}}}},
		{"en co-investors alongside", "en",
			"Nvidia invested $500 million in Mistral AI alongside Bpifrance and MGX.",
			[]wantDeal{{parties: "Bpifrance+MGX+Mistral AI+Nvidia", kind: kindInvestment, amount: 500e6}}},
		{"fr aux côtés de co-investisseurs", "fr",
			"Nvidia a investi 500 millions de dollars dans Mistral AI aux côtés de Bpifrance et de MGX.",
			[]wantDeal{{parties: "Bpifrance+MGX+Mistral AI+Nvidia", kind: kindInvestment, amount: 500e6}}},
		{"en consortium in a parenthesis", "en",
			"On Monday, BlackRock, together with Microsoft and MGX, agreed to buy Aligned Data Centers for $40 billion.",
			[]wantDeal{{parties: "Aligned Data Centers+BlackRock+MGX+Microsoft", kind: kindAcquisition, amount: 40e9}}},
		{"en round led by one, followers left out", "en",
			"On Monday, Crusoe raised $1.4 billion in a round led by Mubadala with participation from Nvidia and Founders Fund.",
			[]wantDeal{{parties: "Crusoe+Mubadala", kind: kindInvestment, amount: 1.4e9}}},
		{"en loan from several lenders", "en",
			"In May, CoreWeave secured a $2.3 billion loan from a group of lenders including Blackstone, Magnetar and Coatue.",
			[]wantDeal{{parties: "Blackstone+Coatue+CoreWeave+Magnetar", kind: kindFinancing, amount: 2.3e9}}},
		{"en investors listed after the round", "en",
			"Then there is xAI. It raised $6 billion in December. Investors included Nvidia, AMD and Sequoia Capital.",
			[]wantDeal{{parties: "AMD+Nvidia+Sequoia Capital+xAI", kind: kindInvestment,
				roles: map[string]string{"xAI": "investee", "Nvidia": "investor", "AMD": "investor"}}}},
		{"en a stake then a contract in one sentence", "en",
			"Microsoft took a small stake in Nebius last year and later signed a $17.4 billion contract with the neocloud.",
			[]wantDeal{{parties: "Microsoft+Nebius", kind: kindInvestment},
				{parties: "Microsoft+Nebius", kind: kindCapacity, amount: 17.4e9}}},
		{"en a list of rivals ends at its conjunction", "en",
			"Like Microsoft and Google, Meta signed a deal with Nebius on Monday.",
			[]wantDeal{{parties: "Meta+Nebius"}}},
		{"en two deals with the same object", "en",
			"AMD's deal with OpenAI follows Nvidia's $100 billion investment in the ChatGPT maker.",
			[]wantDeal{{parties: "AMD+OpenAI"}, {parties: "Nvidia+OpenAI", amount: 100e9}}},
		{"en spending without chips is no deal", "en",
			"The hyperscalers, led by Microsoft and Amazon, will spend $400 billion on data centers this year.", nil},
		{"en a company in a relative clause is not the subject", "en",
			"Nebius, which counts Nvidia among its shareholders, signed a $17.4 billion contract with Microsoft.",
			[]wantDeal{{parties: "Microsoft+Nebius", amount: 17.4e9}}},
		{"fr prêteurs qui répètent la préposition", "fr",
			"Le groupe français Fluidstack a obtenu un prêt de 10 milliards de dollars auprès de Macquarie, de JPMorgan et de Morgan Stanley.",
			[]wantDeal{{parties: "Fluidstack+JPMorgan+Macquarie+Morgan Stanley", kind: kindFinancing, amount: 10e9}}},
		{"fr faire entrer au capital", "fr",
			"Microsoft a fait entrer G42 à son capital en 2024.",
			[]wantDeal{{parties: "G42+Microsoft", kind: kindInvestment}}},
		{"fr respectivement: un accord chacun", "fr",
			"Anthropic va dépenser 30 milliards de dollars en capacité de calcul Azure auprès de Microsoft, tandis que Nvidia et Microsoft investiront respectivement 10 et 5 milliards dans la start-up.",
			[]wantDeal{{parties: "Anthropic+Microsoft", kind: kindCapacity, amount: 30e9},
				{parties: "Anthropic+Nvidia", kind: kindInvestment, roles: map[string]string{"Nvidia": "investor", "Anthropic": "investee"}},
				{parties: "Anthropic+Microsoft", kind: kindInvestment, roles: map[string]string{"Microsoft": "investor", "Anthropic": "investee"}}}},
		{"en comma before a new subject with its own verb", "en",
			"Big tech is racing to secure power. Microsoft signed a deal with Constellation Energy, Amazon bought a campus from Talen Energy and Google signed an agreement with Kairos Power.",
			[]wantDeal{{parties: "Constellation Energy+Microsoft"}, {parties: "Amazon+Talen Energy", kind: kindAcquisition}, {parties: "Google+Kairos Power"}}},
		{"fr deux fournisseurs d'un client", "fr",
			"Nvidia et AMD fourniront des puces à OpenAI.",
			[]wantDeal{{parties: "Nvidia+OpenAI", kind: kindPurchase}, {parties: "AMD+OpenAI", kind: kindPurchase}}},
		{"fr miser sur", "fr",
			"Les marchés montent. Nvidia mise 5 milliards de dollars sur Intel.",
			[]wantDeal{{parties: "Intel+Nvidia", kind: kindInvestment, amount: 5e9}}},
		{"fr s'offrir une entreprise", "fr",
			"Les marchés montent. CoreWeave s'offre Core Scientific pour 9 milliards de dollars.",
			[]wantDeal{{parties: "Core Scientific+CoreWeave", kind: kindAcquisition, amount: 9e9}}},
		{"fr une offre n'est pas un achat", "fr",
			"Les marchés montent. Nebius offre des GPU H200 à ses clients comme Mistral AI.", nil},
		{"fr un accord nié", "fr",
			"Les marchés montent. Contrairement à Microsoft, Google n'a signé aucun accord nucléaire.", nil},
		{"en an investment denied", "en",
			"Markets rose. Microsoft did not invest in Anthropic, unlike Google and Amazon.", nil},
		{"fr pas seulement", "fr",
			"Les marchés montent. Nvidia n'a pas seulement investi dans OpenAI.",
			[]wantDeal{{parties: "Nvidia+OpenAI", kind: kindInvestment}}},
		{"en whose opens a relative clause", "en",
			"Markets rose. Intel, whose factories Nvidia does not use, signed a deal with SoftBank.",
			[]wantDeal{{parties: "Intel+SoftBank"}}},
		{"en supplying a described customer", "en",
			"Nvidia's shares rose. AMD agreed to supply the ChatGPT maker, OpenAI, with MI450 chips.",
			[]wantDeal{{parties: "AMD+OpenAI", kind: kindPurchase, gpus: []string{"MI450"}}}},
		{"fr ce qui est fourni n'est pas le client", "fr",
			"Mistral AI utilisera le site et Nvidia en fournira la technologie, MGX et Bpifrance apportant les capitaux.", nil},
		{"en the round led by investors in the next sentence", "en",
			"Then there is Crusoe. It raised $1.4 billion on Monday. The round was led by Mubadala, with participation from Nvidia.",
			[]wantDeal{{parties: "Crusoe+Mubadala", kind: kindInvestment, amount: 1.4e9}}},
		{"en investors in the round include", "en",
			"Then there is Crusoe. It raised $1.4 billion on Monday. Investors in the round include Mubadala and Nvidia.",
			[]wantDeal{{parties: "Crusoe+Mubadala+Nvidia", kind: kindInvestment}}},
		{"en funding from co-investors", "en",
			"Markets rose. Lambda secured $1.5 billion from Nvidia and Microsoft in new funding.",
			[]wantDeal{{parties: "Lambda+Microsoft+Nvidia", kind: kindInvestment, amount: 1.5e9,
				roles: map[string]string{"Lambda": "investee", "Nvidia": "investor"}}}},
		{"en funding provided to several companies", "en",
			"Markets rose. Nvidia provides funding to startups such as Mistral AI and Cohere.",
			nil},
		{"en a combined amount belongs to no single deal", "en",
			"Markets rose. CoreWeave has signed contracts with Meta and OpenAI worth a combined $50 billion.",
			[]wantDeal{{parties: "CoreWeave+Meta"}, {parties: "CoreWeave+OpenAI"}}},
		{"en a backer in a compound adjective", "en",
			"Markets rose. Nvidia-backed CoreWeave signed a deal with Google.",
			[]wantDeal{{parties: "CoreWeave+Google"}}},
		{"en agents of a passive agreement", "en",
			"Markets rose. The deal was signed by Nscale and Microsoft on Tuesday.",
			[]wantDeal{{parties: "Microsoft+Nscale"}}},
		{"en a company in a fronted prepositional phrase", "en",
			"Markets rose. After its deal with Microsoft, Nebius signed a $3 billion contract with Meta.",
			[]wantDeal{{parties: "Meta+Nebius", amount: 3e9}}},
		{"fr comme X, Y a signé", "fr",
			"Les marchés montent. Comme Microsoft, Meta a signé un contrat avec Nebius.",
			[]wantDeal{{parties: "Meta+Nebius"}}},
		{"fr le groupe revient au sujet du paragraphe", "fr",
			"Les marchés montent.\n\nCoreWeave a signé un contrat de 11,9 milliards de dollars avec OpenAI. Dans le cadre de l'accord, OpenAI reçoit des actions. Dans la même période, le groupe a annoncé le rachat de Weights & Biases pour 1,7 milliard de dollars.",
			[]wantDeal{{parties: "CoreWeave+OpenAI", amount: 11.9e9}, {parties: "CoreWeave+Weights & Biases", kind: kindAcquisition, amount: 1.7e9}}},
		{"en a takeover of the landlord the buyer rents from", "en",
			"Markets rose. CoreWeave has agreed to buy Core Scientific for $9 billion, bringing in-house the GPU capacity it currently rents.",
			[]wantDeal{{parties: "Core Scientific+CoreWeave", kind: kindAcquisition, amount: 9e9}}},
		{"fr rachat du bailleur dont il loue les sites", "fr",
			"Les marchés montent. Equinix va racheter Digital Realty, dont il loue déjà plusieurs centres de données.",
			[]wantDeal{{parties: "Digital Realty+Equinix", kind: kindAcquisition}}},
		{"en investee described by a relative clause", "en",
			"Markets rose. Microsoft has been spreading its AI bets well beyond OpenAI, the ChatGPT maker into which it has poured about $13 billion.",
			[]wantDeal{{parties: "Microsoft+OpenAI", kind: kindInvestment, amount: 13e9}}},
		{"en investee described by a relative clause after a description", "en",
			"Microsoft shares rose. The Redmond-based company has been spreading its AI bets well beyond OpenAI, the ChatGPT maker into which it has poured about $13 billion.",
			[]wantDeal{{parties: "Microsoft+OpenAI", kind: kindInvestment, amount: 13e9}}},
		{"fr investi par une relative", "fr",
			"Les marchés montent. Microsoft diversifie ses paris au-delà d'OpenAI, la start-up dans laquelle il a injecté 13 milliards de dollars.",
			[]wantDeal{{parties: "Microsoft+OpenAI", kind: kindInvestment, amount: 13e9}}},
		{"fr misé par une relative", "fr",
			"Les marchés montent. Nvidia soutient CoreWeave, le néocloud sur lequel il a misé 250 millions de dollars dès 2023.",
			[]wantDeal{{parties: "CoreWeave+Nvidia", kind: kindInvestment, amount: 250e6}}},
		{"en the company is not the maker of a product named before", "en",
			"Anthropic draws on three chip platforms. Alongside Google's processors it uses Nvidia GPUs, and Amazon, which has invested $8 billion in the company, remains its primary training partner.",
			[]wantDeal{{parties: "Amazon+Anthropic", kind: kindInvestment, amount: 8e9}}},
		{"fr la société n'est pas le fabricant d'un produit cité", "fr",
			"Anthropic s'appuie sur trois plateformes. Outre les puces de Google, elle utilise des GPU Nvidia, et Amazon, qui a investi 8 milliards de dollars dans la société, reste son principal partenaire.",
			[]wantDeal{{parties: "Amazon+Anthropic", kind: kindInvestment, amount: 8e9}}},
		{"fr la société nomme le thème de la phrase", "fr",
			"ASML va injecter 1,3 milliard d'euros dans Mistral AI.\n\nPour Mistral, fondée en 2023, le changement d'échelle est net : en juin 2024, la société avait bouclé un tour de 600 millions d'euros mené par General Catalyst.",
			[]wantDeal{{parties: "ASML+Mistral AI", amount: 1.3e9}, {parties: "General Catalyst+Mistral AI", kind: kindInvestment, amount: 600e6}}},
		{"en the company names the sentence's topic", "en",
			"Nvidia invested $700 million in Nscale.\n\nFor CoreWeave, the shift is clear: in 2024 the company signed an $11.9 billion contract with OpenAI.",
			[]wantDeal{{parties: "Nscale+Nvidia", amount: 700e6}, {parties: "CoreWeave+OpenAI", amount: 11.9e9}}},
		{"fr un mot du nom d'une société n'est pas un déclencheur", "fr",
			"Les marchés montent. En septembre 2024, BlackRock, Global Infrastructure Partners, MGX et Microsoft ont lancé un partenariat d'investissement doté de 30 milliards de dollars.",
			[]wantDeal{{parties: "BlackRock+Global Infrastructure Partners+MGX+Microsoft", amount: 30e9}}},
		{"en a word of a company name is no trigger", "en",
			"Markets rose. Oracle, Global Infrastructure Partners and Microsoft launched a $30 billion partnership.",
			[]wantDeal{{parties: "Global Infrastructure Partners+Microsoft+Oracle", kind: kindPartnership, amount: 30e9}}},
		{"fr levait à l'imparfait lors d'une série menée par", "fr",
			"Nscale grandit vite. Il y a un an, la société londonienne levait encore 155 millions de dollars lors d'une série A menée par Sandton Capital Partners.",
			[]wantDeal{{parties: "Nscale+Sandton Capital Partners", kind: kindInvestment, amount: 155e6,
				roles: map[string]string{"Nscale": "investee", "Sandton Capital Partners": "investor"}}}},
		{"fr une série menée par un fonds", "fr",
			"Les marchés montent. Mistral AI a bouclé une série B de 385 millions d'euros menée par Andreessen Horowitz.",
			[]wantDeal{{parties: "Andreessen Horowitz+Mistral AI", kind: kindInvestment, amount: 385e6}}},
		{"fr liste de partenaires avec descriptions", "fr",
			"Les marchés montent. En septembre 2024, BlackRock, sa filiale Global Infrastructure Partners (GIP), le fonds émirien MGX et Microsoft ont lancé un partenariat d'investissement doté de 30 milliards de dollars.",
			[]wantDeal{{parties: "BlackRock+Global Infrastructure Partners+MGX+Microsoft", amount: 30e9}}},
		{"en list of partners with descriptions", "en",
			"Markets rose. BlackRock, its unit Global Infrastructure Partners, the Emirati fund MGX and Microsoft launched a $30 billion partnership.",
			[]wantDeal{{parties: "BlackRock+Global Infrastructure Partners+MGX+Microsoft", kind: kindPartnership, amount: 30e9}}},
		{"fr associé à un partenaire pour racheter", "fr",
			"Les marchés montent. La même année, Blackstone s'est associé au fonds de pension canadien CPP Investments pour racheter AirTrunk.",
			[]wantDeal{{parties: "AirTrunk+Blackstone+CPP Investments", kind: kindAcquisition,
				roles: map[string]string{"Blackstone": "acquirer", "CPP Investments": "acquirer", "AirTrunk": "target"}}}},
		{"en teamed up with a partner to buy", "en",
			"Markets rose. Blackstone teamed up with CPP Investments to buy AirTrunk for A$24 billion.",
			[]wantDeal{{parties: "AirTrunk+Blackstone+CPP Investments", kind: kindAcquisition, amount: 24e9}}},
		{"en partnered with a partner to acquire", "en",
			"Markets rose. Blackstone partnered with CPP Investments to acquire AirTrunk.",
			[]wantDeal{{parties: "AirTrunk+Blackstone+CPP Investments", kind: kindAcquisition}}},
		{"fr apport en fonds propres mené par des actionnaires", "fr",
			"Les marchés montent. Premier signal, Vantage Data Centers a obtenu en 2024 un apport de 9,2 milliards de dollars en fonds propres, un record pour le secteur, au cours d'une opération menée par DigitalBridge et Silver Lake, ses actionnaires historiques.",
			[]wantDeal{{parties: "DigitalBridge+Silver Lake+Vantage Data Centers", kind: kindInvestment, amount: 9.2e9,
				roles: map[string]string{"Vantage Data Centers": "investee", "DigitalBridge": "investor", "Silver Lake": "investor"}}}},
		{"fr apport reçu d'un fonds", "fr",
			"Les marchés montent. Data4 a reçu un apport de 500 millions d'euros de Brookfield pour ses campus.",
			[]wantDeal{{parties: "Brookfield+Data4", kind: kindInvestment, amount: 500e6}}},
		{"fr l'apport de l'IA n'est pas un tour", "fr",
			"Les marchés montent. Data4 vante l'apport de l'IA et discute avec Brookfield.", nil},
		{"fr tour mené par un chef de file avec la participation d'autres", "fr",
			"Nscale a bouclé une série B de 1,1 milliard de dollars. Le tour est mené par le conglomérat norvégien Aker, avec la participation notamment de Nokia, Dell et Nvidia.",
			[]wantDeal{{parties: "Aker+Nscale", kind: kindInvestment, amount: 1.1e9}}},
		{"en round led by one investor with participation from others", "en",
			"Markets rose. Lambda raised $480 million in a round led by Andra Capital, with participation from Nvidia and SGW.",
			[]wantDeal{{parties: "Andra Capital+Lambda", kind: kindInvestment, amount: 480e6}}},
		{"fr coentreprise des investisseurs après le tour", "fr",
			"Nscale a bouclé une série B de 1,1 milliard de dollars menée par Aker. Le projet prend la forme d'une coentreprise détenue à parts égales par Nscale et Aker, qui doit fournir 230 MW à Narvik.",
			[]wantDeal{{parties: "Aker+Nscale", kind: kindInvestment, amount: 1.1e9}, {parties: "Aker+Nscale", kind: kindPartnership, power: 230}}},
		{"en joint venture of an investor and its investee", "en",
			"Markets rose. Aker led a $1.1 billion round in Nscale. In March, Nscale and Aker formed a joint venture to build a 230 MW campus in Narvik.",
			[]wantDeal{{parties: "Aker+Nscale", kind: kindInvestment, amount: 1.1e9}, {parties: "Aker+Nscale", kind: kindPartnership, power: 230}}},
		{"fr investisseurs existants du tour de l'investi", "fr",
			"ASML va injecter 1,3 milliard d'euros dans Mistral AI. Les investisseurs déjà présents au capital, parmi lesquels DST Global, Bpifrance et Nvidia, ont également remis au pot.",
			[]wantDeal{{parties: "ASML+Mistral AI", amount: 1.3e9}, {parties: "ASML+Bpifrance+DST Global+Mistral AI+Nvidia", kind: kindInvestment}}},
		{"en existing investors join the investee's round", "en",
			"Markets rose. ASML will invest €1.3 billion in Mistral AI. Existing investors included DST Global, Bpifrance and Nvidia.",
			[]wantDeal{{parties: "ASML+Mistral AI", amount: 1.3e9}, {parties: "ASML+Bpifrance+DST Global+Mistral AI+Nvidia", kind: kindInvestment}}},
		{"fr investit à l'occasion d'une levée", "fr",
			"Le fabricant néerlandais ASML va injecter 1,3 milliard d'euros dans Mistral AI, à l'occasion d'une levée de fonds de 1,7 milliard d'euros annoncée ce mardi par la start-up parisienne.",
			[]wantDeal{{parties: "ASML+Mistral AI", kind: kindInvestment, amount: 1.3e9,
				roles: map[string]string{"ASML": "investor", "Mistral AI": "investee"}}}},
		{"en invests as part of a funding round", "en",
			"Markets rose. ASML will invest €1.3 billion in Mistral AI as part of a €1.7 billion funding round announced on Tuesday.",
			[]wantDeal{{parties: "ASML+Mistral AI", kind: kindInvestment, amount: 1.3e9,
				roles: map[string]string{"ASML": "investor", "Mistral AI": "investee"}}}},
		{"fr les deux entreprises ne sont pas une liste d'investisseurs", "fr",
			"ASML va injecter 1,3 milliard d'euros dans Mistral AI. Les investisseurs déjà présents au capital, parmi lesquels DST Global, Bpifrance et Nvidia, ont également remis au pot.\n\nAu-delà de la prise de participation, les deux entreprises prévoient de collaborer dans les produits d'ASML.",
			[]wantDeal{{parties: "ASML+Mistral AI", amount: 1.3e9}, {parties: "ASML+Bpifrance+DST Global+Mistral AI+Nvidia", kind: kindInvestment}}},
		{"en the two companies are not a list of backers", "en",
			"Markets rose. ASML will invest €1.3 billion in Mistral AI. Existing investors included DST Global, Bpifrance and Nvidia. Beyond the stake, the two companies plan to collaborate on ASML's products.",
			[]wantDeal{{parties: "ASML+Mistral AI", amount: 1.3e9}, {parties: "ASML+Bpifrance+DST Global+Mistral AI+Nvidia", kind: kindInvestment}}},
		{"en joint statement about a maker's chips", "en",
			"Markets rose. Oracle will offer an AI supercluster built on AMD's MI450 GPUs, the two companies said, with an initial deployment of 50,000 of the accelerators.",
			[]wantDeal{{parties: "AMD+Oracle", kind: kindPurchase, count: 50000}}},
		{"fr annonce conjointe sur les puces d'un fabricant", "fr",
			"Les marchés montent. Oracle proposera un supercalculateur fondé sur 50 000 puces MI450 d'AMD, ont annoncé les deux groupes.",
			[]wantDeal{{parties: "AMD+Oracle", kind: kindPurchase, count: 50000}}},
		{"en a stake sold is no deal; its investment is the subject's", "en",
			"Markets rose. SoftBank has sold its entire $5.8 billion stake in Nvidia to help fund its investments in OpenAI.",
			[]wantDeal{{parties: "OpenAI+SoftBank", kind: kindInvestment}}},
		{"fr une participation cédée n'est pas un accord", "fr",
			"Les marchés montent. SoftBank a cédé sa participation dans Nvidia pour financer ses investissements dans OpenAI.",
			[]wantDeal{{parties: "OpenAI+SoftBank"}}},
		{"en a stake held is an investment", "en",
			"Markets rose. Microsoft, which invested $13 billion, holds a 27% stake in OpenAI.",
			[]wantDeal{{parties: "Microsoft+OpenAI", kind: kindInvestment}}},
		{"en spending with a named company is a partnership", "en",
			"Markets rose. Anthropic will spend $50 billion on data centers in Texas and New York with Fluidstack.",
			[]wantDeal{{parties: "Anthropic+Fluidstack", kind: kindPartnership, amount: 50e9}}},
		{"fr dépenser avec une société nommée", "fr",
			"Les marchés montent. Anthropic va dépenser 50 milliards de dollars dans des centres de données au Texas avec Fluidstack.",
			[]wantDeal{{parties: "Anthropic+Fluidstack", kind: kindPartnership, amount: 50e9}}},
		{"fr s'associer au fonds", "fr",
			"Les marchés montent. Nvidia et xAI vont s'associer au fonds saoudien Humain pour un centre de données de 500 mégawatts.",
			[]wantDeal{{parties: "Humain+Nvidia+xAI", kind: kindPartnership}}},
		{"en stock bought is an investment in its issuer", "en",
			"Markets rose. Nvidia agreed to buy $5 billion of Intel common stock at $23.28 a share.",
			[]wantDeal{{parties: "Intel+Nvidia", kind: kindInvestment, amount: 5e9}}},
		{"en shares that rose are no party", "en",
			"Markets rose. Intel shares rose 23% while Nvidia signed a contract with Microsoft.",
			[]wantDeal{{parties: "Microsoft+Nvidia"}}},
		{"en reported speech: the speaker is not the payer", "en",
			"Markets rose. CoreWeave said on Tuesday that Meta had agreed to pay up to $14.2 billion for computing power.",
			[]wantDeal{{parties: "CoreWeave+Meta", kind: kindCapacity, roles: map[string]string{"Meta": "buyer", "CoreWeave": "provider"}}}},
		{"fr discours rapporté : qui parle ne paie pas", "fr",
			"Les marchés montent. IREN a annoncé que Microsoft paierait 9,7 milliards de dollars pour des capacités de calcul.",
			[]wantDeal{{parties: "IREN+Microsoft", kind: kindCapacity, roles: map[string]string{"Microsoft": "buyer", "IREN": "provider"}}}},
		{"en a deal verb's direct object described", "en",
			"Nebius Group, the Amsterdam-based cloud provider, had a good day. Microsoft will pay the company up to $19.4 billion for GPU capacity over five years.",
			[]wantDeal{{parties: "Microsoft+Nebius", amount: 19.4e9}}},
		{"fr la phrase suivante donne les termes, sujet décrit", "fr",
			"Le néerlandais Nebius a signé un contrat géant avec Meta. Le groupe fournira pour 3 milliards de dollars de capacité de calcul sur cinq ans, a-t-il annoncé mardi.",
			[]wantDeal{{parties: "Meta+Nebius", amount: 3e9, months: 60}}},
		{"en the next sentence gives the terms, subject described", "en",
			"Nebius has signed a major contract with Meta. The cloud provider will supply $3 billion of computing capacity over five years, it said on Tuesday.",
			[]wantDeal{{parties: "Meta+Nebius", amount: 3e9, months: 60}}},
		{"en a later sentence about the company's own funding is not the deal's", "en",
			"Nebius has signed a major contract with Meta. The company also raised $1 billion in convertible notes.",
			[]wantDeal{{parties: "Meta+Nebius", amount: -1}}},
		{"fr la phrase suivante parle d'autre chose", "fr",
			"Nebius a signé un contrat avec Meta. Le groupe a levé 1 milliard de dollars en obligations convertibles.",
			[]wantDeal{{parties: "Meta+Nebius", amount: -1}}},
		{"en the next sentence's investment is the company's own", "en",
			"Nebius has signed a major contract with Meta. The company plans to invest $2 billion in new data centers.",
			[]wantDeal{{parties: "Meta+Nebius", amount: -1}}},
		{"en a topic phrase is the next sentence's antecedent", "en",
			"For Anthropic, the River Bend site adds to a build-out that is growing quickly. The company said last month it would spend $50 billion on data centers built with Fluidstack.",
			[]wantDeal{{parties: "Anthropic+Fluidstack", amount: 50e9}}},
		{"fr deux sujets coordonnés, deux projets distincts", "fr",
			"Les marchés montent. Microsoft avait annoncé en janvier 3 milliards de dollars pour étendre ses capacités en Inde, et Amazon Web Services prévoit d'y investir 12,7 milliards de dollars d'ici 2030.",
			nil},
		{"en two coordinated subjects, two separate plans", "en",
			"Markets rose. Microsoft announced $3 billion for its cloud in India in January, and Amazon Web Services plans to invest $12.7 billion there by 2030.",
			nil},
		{"fr s'appuyer sur un prestataire", "fr",
			"Les marchés montent. Pour bâtir ces infrastructures, Anthropic s'appuie sur Fluidstack, un néocloud britannique fondé en 2017 qui fournit déjà des grappes de GPU à Meta, Midjourney ou Mistral AI.",
			[]wantDeal{{parties: "Anthropic+Fluidstack"}, {parties: "Fluidstack+Meta"}, {parties: "Fluidstack+Midjourney"}, {parties: "Fluidstack+Mistral AI"}}},
		{"en tapping a provider", "en",
			"Markets rose. Anthropic tapped Fluidstack to build its data centers.",
			[]wantDeal{{parties: "Anthropic+Fluidstack", kind: kindPartnership}}},
		{"en tapping a market is no deal; while opens a clause", "en",
			"Markets rose. OpenAI tapped the bond market while Microsoft signed with Nebius.",
			[]wantDeal{{parties: "Microsoft+Nebius"}}},
		{"fr choisir un financeur : le financement dit le type", "fr",
			"Les marchés montent. Meta a choisi Blue Owl pour financer son campus Hyperion.",
			[]wantDeal{{parties: "Blue Owl Capital+Meta", kind: kindFinancing, roles: map[string]string{"Blue Owl Capital": "lender", "Meta": "borrower"}}}},
		{"en two subjects, one deal", "en",
			"Markets rose. Microsoft and Nvidia signed a deal with Anthropic.",
			[]wantDeal{{parties: "Anthropic+Microsoft+Nvidia"}}},
		{"fr un accord avec le gouvernement n'est pas l'accord rapporté", "fr",
			"Anthropic s'appuie sur Fluidstack. Elle s'était fait connaître en février en signant avec le gouvernement un protocole d'accord pour construire un supercalculateur, un projet évalué jusqu'à 10 milliards d'euros.",
			[]wantDeal{{parties: "Anthropic+Fluidstack", amount: -1}}},
		{"fr lequel : le pronom relatif reprend le nom d'avant", "fr",
			"Les marchés montent. Le campus texan ira à Oracle, lequel l'utilisera pour fournir de la capacité de calcul à OpenAI.",
			[]wantDeal{{parties: "OpenAI+Oracle", roles: map[string]string{"Oracle": "provider", "OpenAI": "buyer"}}}},
		{"en building for a named customer", "en",
			"Markets rose. Vantage Data Centers is building two campuses for Oracle in Texas.",
			[]wantDeal{{parties: "Oracle+Vantage Data Centers"}}},
		{"en building for oneself is no deal", "en",
			"Markets rose. Microsoft is building data centers in Texas for its own use.", nil},
		{"fr la source citée n'est pas partie", "fr",
			"Les marchés montent. Selon CNBC, qui cite Alex Davis, le patron du fonds Disruptive, Nvidia débourserait environ 20 milliards de dollars pour Groq.",
			[]wantDeal{{parties: "Groq+Nvidia", amount: 20e9}}},
		{"en a maker's hardware other than chips, then a coordinated clause", "en",
			"Markets rose. In November 2024, American Electric Power agreed to buy up to 1 GW of Bloom Energy fuel cells, and in July 2025 Bloom Energy began powering Oracle data centers.",
			[]wantDeal{{parties: "American Electric Power+Bloom Energy", kind: kindPurchase, power: 1000, roles: map[string]string{"American Electric Power": "buyer"}}, {parties: "Bloom Energy+Oracle"}}},
		{"en a unit's size is not the deal's", "en",
			"Markets rose. Equinix agreed to form a joint venture with GIC and CPP Investments to build campuses of more than 100 megawatts each, eventually adding over 1.5 gigawatts of capacity.",
			[]wantDeal{{parties: "CPP Investments+Equinix+GIC", power: 1500}}},
		{"en a price per megawatt is not the deal's", "en",
			"Markets rose. Macquarie will finance Applied Digital's campus at $2.25 million per MW, up to $5 billion in all.",
			[]wantDeal{{parties: "Applied Digital+Macquarie", amount: 5e9}}},
		{"en a tenant's lease guaranteed: the guarantee goes to the landlord", "en",
			"TeraWulf signed two leases with Fluidstack. Google will backstop $1.8 billion of Fluidstack's lease obligations.",
			[]wantDeal{{parties: "Fluidstack+TeraWulf", kind: kindLease}, {parties: "Google+TeraWulf", kind: kindFinancing, amount: 1.8e9, roles: map[string]string{"Google": "lender"}}}},
		{"fr garant des obligations locatives du locataire", "fr",
			"Cipher Mining a signé un bail avec Fluidstack. Google s'est porté garant de 1,4 milliard de dollars des obligations locatives de Fluidstack.",
			[]wantDeal{{parties: "Cipher Mining+Fluidstack"}, {parties: "Cipher Mining+Google", kind: kindFinancing, amount: 1.4e9}}},
		{"fr au total : une somme de contrats", "fr",
			"Cipher Mining a signé un bail avec Fluidstack. Au total, les contrats de Cipher Mining atteignent 8,5 milliards de dollars.",
			[]wantDeal{{parties: "Cipher Mining+Fluidstack", amount: -1}}},
		{"en buyers listed together each buy", "en",
			"Markets rose. Samsung Electronics, SK Group and Hyundai Motor Group will each deploy up to 50,000 of Nvidia's GPUs.",
			[]wantDeal{{parties: "Nvidia+Samsung", count: 50000}, {parties: "Nvidia+SK Group", count: 50000}, {parties: "Hyundai Motor Group+Nvidia", count: 50000}}},
		{"fr deux fournisseurs, des lettres d'intention", "fr",
			"Les marchés montent. Samsung Electronics et SK hynix ont signé mercredi des lettres d'intention pour fournir à OpenAI des puces.",
			[]wantDeal{{parties: "OpenAI+Samsung"}, {parties: "OpenAI+SK Hynix"}}},
		{"en agreeing to work with a company", "en",
			"Jamnagar is where Reliance Industries is concentrating its AI ambitions. The company agreed last October to work with Nvidia on AI infrastructure.",
			[]wantDeal{{parties: "Nvidia+Reliance", kind: kindPartnership}}},
		{"fr travailler sur des projets n'est pas un accord", "fr",
			"OpenAI prépare Stargate. De leur côté, Amazon et Elon Musk travaillent eux aussi sur des chantiers comparables.", nil},
		{"en a brand's network is no party", "en",
			"Markets rose. The region will run on clean energy supplied by Reliance Industries and connect to the country through the Jio network.", nil},
		{"en a partner named with a copula", "en",
			"Reliance Industries has brought in two of its oldest American partners. The first partner is Google Cloud.",
			[]wantDeal{{parties: "Google+Reliance", kind: kindPartnership}}},
		{"fr un partenaire nommé par un attribut", "fr",
			"Mistral AI grandit vite. Son premier partenaire est Microsoft.",
			[]wantDeal{{parties: "Microsoft+Mistral AI", kind: kindPartnership}}},
		{"en a title with 'investment' is no deal", "en",
			"NextEra signed a deal with Google. Ruth Porat, president and chief investment officer of Alphabet, described the deal as a model.",
			[]wantDeal{{parties: "Google+NextEra Energy"}}},
		{"en on the same terms as a company", "en",
			"NextEra signed a deal with Google. Central Iowa Power Cooperative will buy the rest of the output on the same terms as Google.",
			[]wantDeal{{parties: "Google+NextEra Energy"}}},
		{"en deploying a maker's chips", "en",
			"Markets rose. Oracle will deploy 50,000 AMD MI450 chips starting in the third quarter of 2026.",
			[]wantDeal{{parties: "AMD+Oracle", kind: kindPurchase, count: 50000, roles: map[string]string{"Oracle": "buyer", "AMD": "seller"}}}},
		{"fr déployer les puces d'un fabricant", "fr",
			"Les marchés montent. Oracle déploiera 50 000 puces MI450 d'AMD à partir de 2026.",
			[]wantDeal{{parties: "AMD+Oracle", kind: kindPurchase, count: 50000}}},
		{"en deploying without chips is no purchase", "en",
			"Markets rose. Oracle will deploy its cloud region in Paris with Orange's network.", nil},
		{"en a joint statement without chips is no purchase", "en",
			"Markets rose. Oracle and OpenAI will open an office in Paris, the two companies said.", nil},
		{"fr puces livrées par le fabricant, client dans la phrase d'avant", "fr",
			"xAI a construit Colossus à Memphis avec 100 000 GPU H100. Les 100 000 puces ont été livrées par Nvidia.",
			[]wantDeal{{parties: "Nvidia+xAI", kind: kindPurchase, roles: map[string]string{"xAI": "buyer", "Nvidia": "seller"}}}},
		{"en chips supplied by the maker", "en",
			"xAI built Colossus in Memphis with 100,000 H100 GPUs. The chips were delivered by Nvidia.",
			[]wantDeal{{parties: "Nvidia+xAI", kind: kindPurchase}}},
		{"en chips supplied by the maker, roles", "en",
			"xAI built Colossus in Memphis with 100,000 H100 GPUs. The chips were supplied by Nvidia.",
			[]wantDeal{{parties: "Nvidia+xAI", kind: kindPurchase, roles: map[string]string{"xAI": "buyer", "Nvidia": "seller"}}}},
		{"en chips supplied by the maker to no one named", "en",
			"Markets rose. The chips were supplied by Nvidia.", nil},
		{"en a fleet counted next to a stake", "en",
			"Markets rose. Amazon, which has invested $8 billion in Anthropic, remains its main partner. The retailer's Rainier cluster, built around half a million of its Trainium2 chips, serves Anthropic.",
			[]wantDeal{{parties: "Amazon+Anthropic", kind: kindInvestment, amount: 8e9}}},
		{"fr un parc de puces cité près d'une participation", "fr",
			"Les marchés montent. Amazon, qui a investi 8 milliards de dollars dans Anthropic, reste son partenaire. Son cluster Rainier, fait d'un demi-million de puces Trainium2, sert Anthropic.",
			[]wantDeal{{parties: "Amazon+Anthropic", kind: kindInvestment, amount: 8e9}}},
	}
	runDealCases(t, tests)
}

func TestDurationsLeaveOutElapsedTime(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []float64
	}{
		{"fr", "Nebius a signé un contrat sur cinq ans avec Microsoft.", []float64{60}},
		{"fr", "Créée il y a moins d'un an, la société a signé un contrat de cinq ans.", []float64{60}},
		{"en", "The startup, founded two years ago, signed a five-year lease.", []float64{60}},
		{"en", "Over the past three years the company has signed no contract.", nil},
	}
	for _, tc := range tests {
		var got []float64
		for _, d := range durations(tc.text, tc.lang) {
			got = append(got, d.value)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("durations(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestRumoursHaveLowerConfidence(t *testing.T) {
	firm := extractText(t, "Selon la presse, le marché bouge. OpenAI a conclu avec Oracle un accord de 300 milliards de dollars sur cinq ans.", "fr", "2025-09-11")
	rumour := extractText(t, "Selon le Wall Street Journal, OpenAI aurait conclu avec Oracle un accord de 300 milliards de dollars sur cinq ans.", "fr", "2025-09-11")
	if len(firm.Deals) != 1 || len(rumour.Deals) != 1 {
		t.Fatalf("deals: firm %d, rumour %d, want 1 each", len(firm.Deals), len(rumour.Deals))
	}
	if rumour.Deals[0].Confidence >= firm.Deals[0].Confidence-0.2 {
		t.Errorf("rumour confidence %.2f, firm %.2f: want the rumour at least 0.2 lower", rumour.Deals[0].Confidence, firm.Deals[0].Confidence)
	}
}

// TestRegionsNamedApartAreSites checks that a region counts as a site when
// it is named for a facility of its own, and not when it only places a
// town named next to it.
func TestRegionsNamedApartAreSites(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"fr région citée pour un autre projet", "fr",
			"Mistral AI a confirmé qu'elle construirait son propre centre de données en Essonne. Par ailleurs, Brookfield a évoqué 20 milliards d'euros pour un grand centre de données à Cambrai, et Prologis a évoqué 6,4 milliards d'euros pour quatre centres en Ile-de-France.",
			[]string{"Cambrai", "Essonne", "Île-de-France"}},
		{"fr région qui situe la ville", "fr",
			"Brookfield construira un grand centre de données à Cambrai, dans les Hauts-de-France.",
			[]string{"Cambrai"}},
		{"en state next to its town", "en",
			"Crusoe is building a data center campus in Abilene, Texas, for Oracle.",
			[]string{"Abilene"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := extractText(t, tc.text, tc.lang, "2025-11-03")
			var got []string
			for _, s := range doc.Sites {
				got = append(got, s.Name)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Fatalf("sites = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestStakesCountNoChips checks that chips counted next to an investment
// are not reported as the deal's GPU count.
func TestStakesCountNoChips(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"en", "Markets rose. Amazon, which has invested $8 billion in Anthropic, remains its main partner. The retailer's Rainier cluster, built around half a million of its Trainium2 chips, serves Anthropic."},
		{"fr", "Les marchés montent. Amazon, qui a investi 8 milliards de dollars dans Anthropic, reste son partenaire. Son cluster Rainier, fait de 500 000 puces Trainium2, sert Anthropic."},
	} {
		doc := extractText(t, tc.text, tc.lang, "2025-11-03")
		for _, d := range doc.Deals {
			if d.Kind == kindInvestment && d.GPUCount != nil {
				t.Errorf("%s: %s has GPU count %d", tc.lang, partyKey(d), *d.GPUCount)
			}
		}
	}
}

// TestListedBuyersTensesAndLenders covers buyers listed before one seller,
// French verbs in tenses the lexicon does not list by hand, and which side
// of a financing lends.
func TestListedBuyersTensesAndLenders(t *testing.T) {
	buyer := func(b, s string) map[string]string { return map[string]string{b: "buyer", s: "seller"} }
	runDealCases(t, []dealCase{
		{"en buyers listed before the seller", "en",
			"Samsung Electronics and SK Group will buy 50,000 chips from Nvidia.",
			[]wantDeal{{parties: "Nvidia+Samsung", kind: kindPurchase, count: 50000, roles: buyer("Samsung", "Nvidia")},
				{parties: "Nvidia+SK Group", kind: kindPurchase, count: 50000, roles: buyer("SK Group", "Nvidia")}}},
		{"fr chacun achète au vendeur, futur pluriel", "fr",
			"Samsung et SK achèteront chacun 50 000 GPU à Nvidia d'ici la fin de l'année.",
			[]wantDeal{{parties: "Nvidia+Samsung", kind: kindPurchase, count: 50000, roles: buyer("Samsung", "Nvidia")},
				{parties: "Nvidia+SK Group", kind: kindPurchase, count: 50000, roles: buyer("SK Group", "Nvidia")}}},
		{"fr futur de louer", "fr",
			"Nebius louera 300 MW de capacité à Microsoft dans son site du New Jersey.",
			[]wantDeal{{parties: "Microsoft+Nebius", kind: kindLease, power: 300,
				roles: map[string]string{"Nebius": "lessor", "Microsoft": "lessee"}}}},
		{"fr les banques sujets prêtent", "fr",
			"Les banques BNP Paribas et Natixis financeront le nouveau campus de Data4.",
			[]wantDeal{{parties: "BNP Paribas+Data4+Natixis", kind: kindFinancing,
				roles: map[string]string{"BNP Paribas": "lender", "Natixis": "lender", "Data4": "borrower"}}}},
		{"fr financer ses travaux avec un prêt", "fr",
			"Data4 finance ses travaux avec un prêt de BNP Paribas.",
			[]wantDeal{{parties: "BNP Paribas+Data4", kind: kindFinancing,
				roles: map[string]string{"BNP Paribas": "lender", "Data4": "borrower"}}}},
		{"fr l'imparfait décrit le contexte", "fr",
			"Jusqu'ici, Anthropic louait l'essentiel de ses serveurs à Amazon Web Services.", nil},
	})
}

// TestOwnersInAppositionAreNotParties: the owners a description lists after
// a party — with a short name in brackets and a parent — take no part.
func TestOwnersInAppositionAreNotParties(t *testing.T) {
	runDealCases(t, []dealCase{
		{"en owners, bracketed short name and parent", "en",
			`Google signed a power deal with Intersect Power, the developer backed by TPG and Global Infrastructure Partners ("GIP"), a part of BlackRock.`,
			[]wantDeal{{parties: "Google+Intersect Power"}}},
		{"fr actionnaire en apposition, verbe au futur", "fr",
			"Le fonds MGX, actionnaire de G42, financera une partie des travaux de Microsoft.",
			[]wantDeal{{parties: "MGX+Microsoft", kind: kindFinancing}}},
	})
}

// TestPrecedentsAndInTurn: companies named as having done the same before
// are no party, and "à son tour" is no funding round.
func TestPrecedentsAndInTurn(t *testing.T) {
	runDealCases(t, []dealCase{
		{"fr après X et Y, à son tour", "fr",
			"Après Microsoft et Amazon, Meta signe à son tour un contrat avec Vistra.",
			[]wantDeal{{parties: "Meta+Vistra"}}},
		{"fr après une liste, sans partenaire", "fr",
			"Après Microsoft, Amazon et Google, le groupe de Mark Zuckerberg se tourne à son tour vers l'atome pour alimenter ses centres de données.", nil},
		{"en after a list", "en",
			"After Microsoft and Amazon, Meta signed a nuclear power deal with Vistra.",
			[]wantDeal{{parties: "Meta+Vistra"}}},
		{"fr un vrai tour de table", "fr",
			"La start-up Mistral AI a bouclé un tour de table de 1,7 milliard d'euros mené par ASML.",
			[]wantDeal{{parties: "ASML+Mistral AI", kind: kindInvestment, amount: 1.7e9,
				roles: map[string]string{"ASML": "investor", "Mistral AI": "investee"}}}},
	})
}

// TestCompanionsActWithTheSubject: companies introduced by "together
// with" / "aux côtés de" before the verb are on the subject's side.
func TestCompanionsActWithTheSubject(t *testing.T) {
	acq := map[string]string{"BlackRock": "acquirer", "Microsoft": "acquirer", "MGX": "acquirer", "Aligned Data Centers": "target"}
	runDealCases(t, []dealCase{
		{"en together with, in a parenthesis", "en",
			"KKR has invested in more than 100 data centers and, together with GIP, acquired CyrusOne in 2022 for about $15 billion.",
			[]wantDeal{{parties: "CyrusOne+Global Infrastructure Partners+KKR", kind: kindAcquisition, amount: 15e9,
				roles: map[string]string{"KKR": "acquirer", "Global Infrastructure Partners": "acquirer", "CyrusOne": "target"}}}},
		{"en together with, opening the sentence", "en",
			"Together with Microsoft and MGX, BlackRock agreed to buy Aligned Data Centers for $40 billion.",
			[]wantDeal{{parties: "Aligned Data Centers+BlackRock+MGX+Microsoft", kind: kindAcquisition, amount: 40e9, roles: acq}}},
		{"fr aux côtés de", "fr",
			"Aux côtés de Microsoft et de MGX, BlackRock va racheter Aligned Data Centers pour 40 milliards de dollars.",
			[]wantDeal{{parties: "Aligned Data Centers+BlackRock+MGX+Microsoft", kind: kindAcquisition, amount: 40e9, roles: acq}}},
		{"en alongside a product is no companion", "en",
			"Alongside Google's processors, Anthropic uses Nvidia GPUs, and Amazon has invested $8 billion in Anthropic.",
			[]wantDeal{{parties: "Amazon+Anthropic", kind: kindInvestment, amount: 8e9}}},
	})
}

// TestSyndicatedLenders: banks lending together make one financing, and
// the subject of an active lending verb lends.
func TestSyndicatedLenders(t *testing.T) {
	lenders := map[string]string{"JPMorgan": "lender", "Goldman Sachs": "lender", "Hut 8": "borrower"}
	runDealCases(t, []dealCase{
		{"en two banks, one loan", "en",
			"J.P. Morgan and Goldman Sachs will provide project financing to Hut 8.",
			[]wantDeal{{parties: "Goldman Sachs+Hut 8+JPMorgan", kind: kindFinancing, roles: lenders}}},
		{"en underwrite financing for a borrower, after a catenative", "en",
			"J.P. Morgan and Goldman Sachs are expected to underwrite project financing for Hut 8.",
			[]wantDeal{{parties: "Goldman Sachs+Hut 8+JPMorgan", kind: kindFinancing, roles: lenders}}},
		{"en chosen to finance: the chooser borrows", "en",
			"Meta chose Blue Owl Capital to finance its Hyperion campus.",
			[]wantDeal{{parties: "Blue Owl Capital+Meta", kind: kindFinancing,
				roles: map[string]string{"Meta": "borrower", "Blue Owl Capital": "lender"}}}},
	})
}

// TestSharePricesAreNoDealValue: a price per share is never a deal's amount.
func TestSharePricesAreNoDealValue(t *testing.T) {
	runDealCases(t, []dealCase{
		{"en closing price", "en",
			"Nvidia invested in CoreWeave at $87.20 a share, a discount to Friday's close of $92.98.",
			[]wantDeal{{parties: "CoreWeave+Nvidia", kind: kindInvestment, amount: -1}}},
		{"fr prix par action en numéraire", "fr",
			"SoftBank rachètera DigitalBridge et paiera 16 dollars en numéraire pour chaque titre.",
			[]wantDeal{{parties: "DigitalBridge+SoftBank", kind: kindAcquisition, amount: -1}}},
	})
}

// TestRespectivelyAmounts: listed investors each take their own amount, and
// "the startup" after a list of subjects is the company the text is about.
func TestRespectivelyAmounts(t *testing.T) {
	runDealCases(t, []dealCase{
		{"en respectively, description as object", "en",
			"Anthropic is growing fast. Microsoft and Nvidia agreed to invest up to $5 billion and $10 billion respectively in the startup.",
			[]wantDeal{{parties: "Anthropic+Microsoft", kind: kindInvestment, amount: 5e9},
				{parties: "Anthropic+Nvidia", kind: kindInvestment, amount: 10e9}}},
	})
}

// TestSecondAgreement: "a second agreement" between the same companies is
// its own deal with its own figures; "location" is a French rental.
func TestSecondAgreement(t *testing.T) {
	lease := map[string]string{"Nvidia": "lessee", "Lambda": "lessor"}
	runDealCases(t, []dealCase{
		{"en a second agreement", "en",
			"Nvidia agreed to lease 10,000 GPU servers from Lambda in a four-year contract worth $1.3 billion. A second agreement, worth $200 million, covers 8,000 more servers.",
			[]wantDeal{{parties: "Lambda+Nvidia", kind: kindLease, amount: 1.3e9, months: 48, roles: lease},
				{parties: "Lambda+Nvidia", kind: kindLease, amount: 200e6, roles: lease}}},
		{"fr premier et second contrats de location", "fr",
			"Nvidia a signé avec Lambda des contrats de location de serveurs. Le premier accord porte sur 10 000 serveurs pendant quatre ans pour 1,3 milliard de dollars. Un second contrat, de 200 millions de dollars, concerne 8 000 serveurs supplémentaires.",
			[]wantDeal{{parties: "Lambda+Nvidia", kind: kindLease, amount: 1.3e9, months: 48, roles: lease},
				{parties: "Lambda+Nvidia", kind: kindLease, amount: 200e6, roles: lease}}},
		{"en location is a place", "en",
			"Nebius signed a deal with Microsoft for capacity at its New Jersey location.",
			[]wantDeal{{parties: "Microsoft+Nebius", kind: kindCapacity}}},
	})
}

// TestNamesBesideCalendarWords: an ambiguous company name right after a
// month or an opening preposition is still found, and a chip model is no
// company.
func TestNamesBesideCalendarWords(t *testing.T) {
	runDealCases(t, []dealCase{
		{"en month before an ambiguous name, gapped second verb", "en",
			"In May Humain agreed to buy 18,000 of Nvidia's GB300 chips for a first phase and struck a $10 billion partnership with AMD.",
			[]wantDeal{{parties: "Humain+Nvidia", kind: kindPurchase, count: 18000, gpus: []string{"GB300"}},
				{parties: "AMD+Humain", amount: 10e9}}},
		{"fr modèle de puce suivi de son fabricant", "fr",
			"La société saoudienne Humain a commandé 18 000 puces GB300 de Nvidia pour une première tranche.",
			[]wantDeal{{parties: "Humain+Nvidia", kind: kindPurchase, count: 18000, gpus: []string{"GB300"}}}},
	})
}

// TestGappedSubjectsAndPossessiveTopics: a pronoun subject resolved for one
// clause carries to the next, gapped one; a company named only as an owner
// is what "the company" in the next sentence refers to.
func TestGappedSubjectsAndPossessiveTopics(t *testing.T) {
	runDealCases(t, []dealCase{
		{"en pronoun subject carried to a gapped clause", "en",
			"Qualcomm is entering a market where AMD is the main challenger. Humain itself has already placed orders: in May it agreed to buy 18,000 of Nvidia's GB300 chips and struck a $10 billion partnership with AMD.",
			[]wantDeal{{parties: "Humain+Nvidia", kind: kindPurchase, count: 18000},
				{parties: "AMD+Humain", amount: 10e9}}},
		{"en the company after a possessive", "en",
			"Humain will deploy 200 MW of racks.\n\nThe launch builds on Qualcomm's push into data centers. In June the company agreed to acquire Ayar Labs for about $2.4 billion.",
			[]wantDeal{{parties: "Ayar Labs+Qualcomm", kind: kindAcquisition, amount: 2.4e9}}},
	})
}

// TestTopicSentenceAndDescribedSubject: "For X, it is…" is about X, and a
// description opening a sentence stays the subject of its gapped second verb.
func TestTopicSentenceAndDescribedSubject(t *testing.T) {
	runDealCases(t, []dealCase{
		{"en topic, then the company teams up and signs", "en",
			"Google opens its TPUs to customers such as Apple.\n\nFor OpenAI, it is one more step away from a single supplier. The company has teamed up with SoftBank and Oracle on Stargate and has signed contracts worth billions of dollars with CoreWeave.",
			[]wantDeal{{parties: "OpenAI+Oracle+SoftBank"}, {parties: "CoreWeave+OpenAI"}}},
	})
}

// TestRivalsAndParentsAreNoParties: a rival one trails, a parent named in an
// apposition and "contract chipmaking" make no deal.
func TestRivalsAndParentsAreNoParties(t *testing.T) {
	runDealCases(t, []dealCase{
		{"en contract chipmaking trails a rival", "en",
			"Samsung's contract chipmaking arm trails TSMC by a wide margin in market share.", nil},
		{"fr distancée par un rival", "fr",
			"Longtemps à la peine et distancée par TSMC, la commande tombe à point nommé pour Samsung.", nil},
		{"en the parent in an apposition", "en",
			"Alphabet, Google's parent, has said it will spend about $75 billion on servers and data centers this year.", nil},
	})
}

// TestDescriptionIsNotItsActors: "the startup" that two companies invest in
// is neither of them.
func TestDescriptionIsNotItsActors(t *testing.T) {
	runDealCases(t, []dealCase{
		{"en capacity then investors in the startup", "en",
			"Anthropic has been spreading its bets. Last month it committed to buy $30 billion of compute from Microsoft's Azure, with Microsoft and Nvidia agreeing to invest up to $5 billion and $10 billion respectively in the startup.",
			[]wantDeal{{parties: "Anthropic+Microsoft", kind: kindCapacity, amount: 30e9},
				{parties: "Anthropic+Nvidia", kind: kindInvestment}}},
	})
}

// TestReadyAndDesignedBy: "prêts à brancher" is no loan, and the designer of
// the chips a company buys ("conçus par Google") is not its seller.
func TestReadyAndDesignedBy(t *testing.T) {
	runDealCases(t, []dealCase{
		{"fr prêts à brancher", "fr",
			"Google dessine l'architecture, Broadcom la transforme en silicium et, désormais, en systèmes prêts à brancher, vendus directement à un tiers.", nil},
		{"fr conçus par", "fr",
			"Anthropic achète des baies complètes bâties autour d'Ironwood, la septième génération des TPU conçus par Google.", nil},
	})
}

// TestLaunchCustomer: a launch or first customer named with a product is a
// purchase from the company that names it; "its customers include" is not.
func TestLaunchCustomer(t *testing.T) {
	sale := map[string]string{"Qualcomm": "seller", "Humain": "buyer"}
	runDealCases(t, []dealCase{
		{"en launch customer", "en",
			"Qualcomm has unveiled two rack-scale accelerators, the AI200 and the AI250, and named Saudi Arabia's Humain as the launch customer.",
			[]wantDeal{{parties: "Humain+Qualcomm", kind: kindPurchase, gpus: []string{"AI200", "AI250"}, roles: sale}}},
		{"fr premier client après deux-points", "fr",
			"Qualcomm a présenté lundi deux systèmes, baptisés AI200 et AI250, et annoncé un premier client de poids : Humain, la société d'IA détenue par le fonds saoudien PIF.",
			[]wantDeal{{parties: "Humain+Qualcomm", kind: kindPurchase, gpus: []string{"AI200", "AI250"}, roles: sale}}},
		{"en customers listed", "en",
			"Lambda's customers include Amazon and Microsoft, which use the capacity for internal projects.", nil},
		{"fr deux-points sans annonce", "fr",
			"L'appétit de Google n'est pas près de faiblir : Alphabet, sa maison mère, prévoit de porter ses investissements à 180 milliards de dollars.", nil},
	})
}

// TestJoinersAndDescriptions: lenders or investors said to have taken part
// in the last loan or round make the whole of it a deal, beside the lead's
// own; a description of what a company does for unnamed customers says
// nothing of the deal's kind.
func TestJoinersAndDescriptions(t *testing.T) {
	lenders := map[string]string{"CoreWeave": "borrower", "Blackstone": "lender", "Magnetar": "lender", "Coatue": "lender", "Carlyle": "lender"}
	runDealCases(t, []dealCase{
		{"en took part in the facility", "en",
			"CoreWeave, the cloud provider that rents out Nvidia graphics processors to AI developers, said on Friday it had secured $7.5 billion in debt financing led by Blackstone and Magnetar. Coatue and Carlyle also took part in the facility, the company said.",
			[]wantDeal{{parties: "Blackstone+CoreWeave+Magnetar", kind: kindFinancing, amount: 7.5e9},
				{parties: "Blackstone+Carlyle+Coatue+CoreWeave+Magnetar", kind: kindFinancing, amount: 7.5e9, roles: lenders}}},
		{"fr ont participé au tour", "fr",
			"CoreWeave a levé 1,1 milliard de dollars lors d'un tour de série C mené par Coatue. Magnetar et Altimeter Capital ont également participé à l'opération.",
			[]wantDeal{{parties: "Coatue+CoreWeave", kind: kindInvestment},
				{parties: "Altimeter Capital+Coatue+CoreWeave+Magnetar", kind: kindInvestment, amount: 1.1e9}}},
		{"en joined that round", "en",
			"On May 1, CoreWeave raised $1.1 billion in a Series C led by Coatue. Magnetar, Altimeter Capital and Lykos Global Management joined that round.",
			[]wantDeal{{parties: "Coatue+CoreWeave", kind: kindInvestment},
				{parties: "Altimeter Capital+Coatue+CoreWeave+Lykos Global Management+Magnetar", kind: kindInvestment, amount: 1.1e9}}},
	})
}

// TestEarlierYearIsAnotherDeal: the same companies' agreement of an earlier
// year is another deal than the one the article reports.
func TestEarlierYearIsAnotherDeal(t *testing.T) {
	runDealCases(t, []dealCase{
		{"en an investment years before a purchase", "en",
			"Nvidia will buy $2 billion of CoreWeave capacity over four years. Nvidia had invested $100 million in CoreWeave in 2023.",
			[]wantDeal{{parties: "CoreWeave+Nvidia", amount: 2e9}, {parties: "CoreWeave+Nvidia", kind: kindInvestment, amount: 100e6}}},
		{"en a reference back with an older date is the same deal", "en",
			"Oklo will build a 1.2GW power campus in Ohio, with Meta providing funding for the project. The agreements came out of a request for proposals Meta issued in December 2024 for new nuclear supply.",
			[]wantDeal{{parties: "Meta+Oklo", kind: kindInvestment, power: 1200}}},
		{"en the same year is the same deal", "en",
			"Nvidia will buy $2 billion of CoreWeave capacity. The agreement between Nvidia and CoreWeave was signed in 2025.",
			[]wantDeal{{parties: "CoreWeave+Nvidia", amount: 2e9}}},
	})
}

// TestBuildingForACustomer: "develop … capacity for Microsoft" names the
// customer several words after the verb, past an "of" phrase.
func TestBuildingForACustomer(t *testing.T) {
	runDealCases(t, []dealCase{
		{"en develop capacity for a customer", "en",
			"Brookfield Renewable will develop more than 10.5GW of new generating capacity for Microsoft between 2026 and 2030.",
			[]wantDeal{{parties: "Brookfield Renewable+Microsoft", power: 10500}}},
	})
}

// TestParentOfASubsidiaryAndItsFunds: the parent named in a subsidiary's
// apposition takes no part, and "its funds" are the company's own.
func TestParentOfASubsidiaryAndItsFunds(t *testing.T) {
	stake := map[string]string{"Apollo": "investor", "Stream Data Centers": "investee"}
	runDealCases(t, []dealCase{
		{"fr ses fonds, filiale de", "fr",
			"Le gestionnaire d'actifs new-yorkais Apollo Global Management accélère. Ses fonds ont conclu un accord pour acquérir une participation majoritaire dans Stream Data Centers, la filiale de centres de données de la société immobilière Stream Realty Partners, basée à Dallas.",
			[]wantDeal{{parties: "Apollo+Stream Data Centers", kind: kindInvestment, roles: stake}}},
		{"en its funds, the arm of", "en",
			"Apollo Global Management is expanding. Its funds agreed to acquire a majority stake in Stream Data Centers, the data center arm of Stream Realty Partners.",
			[]wantDeal{{parties: "Apollo+Stream Data Centers", kind: kindInvestment, roles: stake}}},
	})
}

// TestTakePrivate: taking a listed company private is an acquisition.
func TestTakePrivate(t *testing.T) {
	acq := map[string]string{"Blackstone": "acquirer", "QTS": "target"}
	runDealCases(t, []dealCase{
		{"en took private", "en",
			"Blackstone has been one of the most aggressive buyers in the sector since it took QTS private in 2021 for about $10bn.",
			[]wantDeal{{parties: "Blackstone+QTS", kind: kindAcquisition, amount: 10e9, roles: acq}}},
		{"fr retiré de la cote", "fr",
			"Le fonds new-yorkais Blackstone n'en est pas à son coup d'essai : il avait retiré de la cote l'opérateur QTS en 2021, pour environ 10 milliards de dollars.",
			[]wantDeal{{parties: "Blackstone+QTS", kind: kindAcquisition, amount: 10e9, roles: acq}}},
		{"en staying private is no deal", "en",
			"CoreWeave will remain private for now, its founders said.", nil},
	})
}

// TestAnotherMonthAnotherKind: an investment of another month than the
// lease already reported between the same companies is another deal.
func TestAnotherMonthAnotherKind(t *testing.T) {
	runDealCases(t, []dealCase{
		{"fr location puis participation en février", "fr",
			"Nvidia a signé en juillet avec Lambda un contrat de location de serveurs de 1,3 milliard de dollars. Nvidia figure aussi parmi les actionnaires de Lambda : il avait participé en février à sa levée de fonds de série D, d'un montant de 480 millions de dollars.",
			[]wantDeal{{parties: "Lambda+Nvidia", kind: kindLease, amount: 1.3e9}, {parties: "Lambda+Nvidia", kind: kindInvestment}}},
	})
}

// TestPronounBuysFromAMaker: a pronoun subject that uses a maker's chips in
// a deal buys them from the maker.
func TestPronounBuysFromAMaker(t *testing.T) {
	runDealCases(t, []dealCase{
		{"en it expands its use of a maker's chips", "en",
			"Anthropic has been spreading its bets. In October it said it would expand its use of Google's chips to as many as one million TPUs, a deal worth tens of billions of dollars.",
			[]wantDeal{{parties: "Anthropic+Google", kind: kindPurchase, count: 1e6, gpus: []string{"TPU"},
				roles: map[string]string{"Anthropic": "buyer", "Google": "seller"}}}},
	})
}

// TestCompanyFiguresAndHomeTowns: assets under management are no deal's
// value, and "le géant de Mountain View" names a home town, not a site.
func TestCompanyFiguresAndHomeTowns(t *testing.T) {
	runDealCases(t, []dealCase{
		{"fr actifs gérés", "fr",
			"Apollo, qui gère quelque 840 milliards de dollars d'actifs, a conclu un accord pour acquérir une participation majoritaire dans Stream Data Centers.",
			[]wantDeal{{parties: "Apollo+Stream Data Centers", amount: -1}}},
	})
	doc := extractText(t, "Le géant de Mountain View a annoncé lundi qu'il achèterait 200 mégawatts d'électricité à Commonwealth Fusion Systems, qui construira sa centrale en Virginie.", "fr", "2025-11-03")
	for _, s := range doc.Sites {
		if s.Name == "Mountain View" {
			t.Errorf("a home town in a description was reported as a site: %+v", doc.Sites)
		}
	}
}

// TestListCompletedByAnd: "A, B and C will each deploy" keeps C in the list
// of subjects instead of opening a new clause.
func TestListCompletedByAnd(t *testing.T) {
	runDealCases(t, []dealCase{
		{"en three buyers of one maker's chips", "en",
			"Under the agreements, unveiled on Friday after Nvidia chief executive Jensen Huang met President Lee Jae Myung, Samsung Electronics, SK Group and Hyundai Motor Group will each deploy up to 50,000 of the U.S. chipmaker's GPUs.",
			[]wantDeal{{parties: "Nvidia+Samsung", kind: kindPurchase}, {parties: "Nvidia+SK Group", kind: kindPurchase},
				{parties: "Hyundai Motor Group+Nvidia", kind: kindPurchase}}},
	})
}

// TestListedLeadInvestors: investors listed before "led a … investment in"
// all invest, in a named company or in "the company" of the text.
func TestListedLeadInvestors(t *testing.T) {
	parties := "DigitalBridge+Silver Lake+Vantage Data Centers"
	runDealCases(t, []dealCase{
		{"en led an investment in a named company", "en",
			"In July, DigitalBridge and Silver Lake led a $9.2 billion equity investment in Vantage Data Centers.",
			[]wantDeal{{parties: parties, kind: kindInvestment, amount: 9.2e9}}},
		{"en led an investment in the company", "en",
			"Vantage Data Centers builds campuses. In July, DigitalBridge and Silver Lake led a $9.2 billion equity investment in the company.",
			[]wantDeal{{parties: parties, kind: kindInvestment, amount: 9.2e9}}},
	})
}

// TestMoneyPutIntoACompany: "put/committed $N into/to X" is an investment;
// "committed to buy" is not one.
func TestMoneyPutIntoACompany(t *testing.T) {
	inv := map[string]string{"Amazon": "investor", "Anthropic": "investee"}
	runDealCases(t, []dealCase{
		{"en committed money to", "en",
			"Amazon has committed $8 billion to Anthropic over two years.",
			[]wantDeal{{parties: "Amazon+Anthropic", kind: kindInvestment, amount: 8e9, roles: inv}}},
		{"en put money into", "en",
			"Amazon, which has put around $8 billion into Anthropic, is its main cloud provider.",
			[]wantDeal{{parties: "Amazon+Anthropic", kind: kindInvestment, amount: 8e9, roles: inv}}},
		{"en committed to buy is a purchase", "en",
			"Anthropic committed to buy $30 billion of compute from Microsoft.",
			[]wantDeal{{parties: "Anthropic+Microsoft", kind: kindCapacity, amount: 30e9}}},
	})
}

// TestRivalsAreNoGuessedPartners: a deal told of a company's rivals is not
// paired with that company by guess.
func TestRivalsAreNoGuessedPartners(t *testing.T) {
	runDealCases(t, []dealCase{
		{"en its rivals moved earlier", "en",
			"Meta signed a nuclear power deal with Vistra. Its rivals moved earlier: Microsoft signed in September 2024 to take the power of the 835MW Crane Clean Energy Center for 20 years.",
			[]wantDeal{{parties: "Meta+Vistra"}}},
	})
}
