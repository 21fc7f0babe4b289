"""Concrete and abstract English nouns (lower-cased forms, plurals included), GENERATED
by benchmarks/specificity_wordnet.py from WordNet 3.0 (the supersense of each noun's first
sense; see that script). Do not edit by hand.

Derived from WordNet 3.0, whose licence allows use and redistribution with this notice:
WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved."""

CONCRETE_NOUNS = """
aa aalii aaliis aardvark aardvarks aardwolf aardwolfs aba abaca abacas abacus abacuses abalone
abalones abamp abampere abamperes abamps abas abatis abatises abator abators abattis abattises
abattoir abattoirs abaya abayas abbacies abbacy abbe abbes abbess abbesses abbey abbeys abbot
abbots abbreviator abbreviators abcoulomb abcoulombs abdicator abdicators abdomen abdomens
abdominals abducens abducenses abducents abductor abductors abecedarians abele abeles abelia
abelias abelmoschus abelmoschuses abelmosk abelmosks abenaki abenakis aberrants abetter abetters
abettor abettors abfarad abfarads abhenries abhenry abhorrer abhorrers abies abieses abiogenist
abiogenists abjurer abjurers abkhas abkhases abkhasian abkhasians abkhazes abkhazians abm abms
abnakis abnegator abnegators abo abodes abohm abohms abolitionist abolitionists abomasum
abomasums abomination abominations abominator abominators aboriginals aborigine aborigines
aborticide aborticides abortifacients abortionist abortionists abortus abortuses abos abradant
abradants abrader abraders abramis abramises abrasives abridger abridgers abrocoma abrocomas
abrocome abrocomes abrogator abrogators abronia abronias abs absconder absconders abseiler
abseilers absentee absentees abses absinth absinthe absinthes absinths absolutists absolver
absolvers absorbate absorbates absorbents absorber absorbers absorptance absorptances abstainer
abstainers abstinents abstracter abstracters abstractionism abstractionisms abstractionists
abstractor abstractors abudefduf abudefdufs abuser abusers abutilon abutilons abutment abutments
abutter abutters abvolt abvolts abwatt abwatts abysm abysms abyss abysses abyssinian abyssinians
ac acacia acacias academician academicians academics acadian acadians acalypha acalyphas
acanthaceae acanthaceaes acanthion acanthions acanthisitta acanthisittas acanthisittidae
acanthisittidaes acanthocephala acanthocephalan acanthocephalans acanthocephalas acanthocereus
acanthocereuses acanthocybium acanthocybiums acanthocyte acanthocytes acanthophis acanthophises
acanthopterygian acanthopterygians acanthopterygii acanthopterygiis acanthoscelides
acanthoscelideses acanthuridae acanthuridaes acanthurus acanthuruses acanthus acanthuses
acaracide acaracides acaricide acaricides acarid acaridae acaridaes acarids acarina acarinas
acarine acarines acarus acaruses acaryote acaryotes accelerandos accelerator accelerators
accelerometer accelerometers accentor accentors acceptor acceptors accessaries accessories
accessory accipiter accipiters accipitridae accipitridaes accipitriformes accipitriformeses
acclivities acclivity accommodator accommodators accompanist accompanists accompanyist
accompanyists accomplice accomplices accordion accordionist accordionists accordions accoucheur
accoucheurs accoucheuse accoucheuses accountant accountants accouterment accouterments
accoutrement accoutrements accroides accroideses accumulator accumulators accuseds accuser
accusers ace acebutolol acebutolols acer aceraceae aceraceaes acerola acerolas acers acervulus
acervuluses aces acetabulum acetabulums acetal acetaldehyde acetaldehydes acetaldol acetaldols
acetals acetamide acetamides acetaminophen acetaminophens acetanilid acetanilide acetanilides
acetanilids acetate acetates acetin acetins acetone acetones acetophenetidin acetophenetidins
acetphenetidin acetphenetidins acetum acetums acetyl acetylcholine acetylcholines acetylene
acetylenes acetyls achaeans achaian achaians achene achenes acherontia acherontias acheta
achetas achiever achievers achillea achilleas achimenes achimeneses achira achiras achoerodus
achoeroduses achomawi achomawis achondrite achondrites achras achrases achromatin achromatins
achromycin achromycins acicula aciculas acid acidophil acidophile acidophiles acidophils
acidophilus acidophiluses acids acinonyx acinonyxes acinos acinoses acinus acinuses acipenser
acipenseridae acipenseridaes acipensers ackee ackees acnidosporidia acnidosporidias acocanthera
acocantheras acokanthera acokantheras acolyte acolytes aconite aconites aconitum aconitums
acoraceae acoraceaes acorn acorns acorus acoruses acoustician acousticians acquirer acquirers
acrasiomycetes acrasiomyceteses acre acres acreses acridid acrididae acrididaes acridids
acridotheres acridothereses acrilan acrilans acris acrises acrobat acrobates acrobateses
acrobats acrocarp acrocarps acrocarpus acrocarpuses acrocephalus acrocephaluses acroclinium
acrocliniums acrocomia acrocomias acrodont acrodonts acrogen acrogens acrolein acroleins
acromion acromions acropolis acropolises acropora acroporas acrosome acrosomes acrostichum
acrostichums acrylamide acrylamides acrylate acrylates acrylic acrylics acrylonitrile
acrylonitriles acs actaea actaeas acth acths actias actiases actifed actifeds actin actinaria
actinarias actinia actinian actinians actiniaria actiniarian actiniarians actiniarias actinias
actinide actinides actinidia actinidiaceae actinidiaceaes actinidias actiniopteris
actiniopterises actinium actiniums actinoids actinolite actinolites actinomeris actinomerises
actinometer actinometers actinomyces actinomyceses actinomycetaceae actinomycetaceaes
actinomycetales actinomycetaleses actinomycete actinomycetes actinomycin actinomycins
actinomyxidia actinomyxidian actinomyxidians actinomyxidias actinon actinons actinopod
actinopoda actinopodas actinopods actinozoa actinozoan actinozoans actinozoas actins actitis
actitises activase activases activator activators actives activewear activewears activists
actomyosin actomyosins actor actors actress actresses actuaries actuary actuator actuators
acular aculars aculea aculeas aculeus aculeuses acumen acumens acyclovir acyclovirs acyl
acylglycerol acylglycerols acyls ada adalia adalias adam adamants adams adansonia adansonias
adapid adapids adapin adapins adapter adapters adaptor adaptors adar adars adas addax addaxes
addend addends adder adders addict addicts addition additions additive additives addlehead
addleheads addressee addressees addressograph addressographs adducer adducers adduct adductor
adductors adducts ade adelges adelgeses adelgid adelgidae adelgidaes adelgids adelie adelies
adenanthera adenantheras adenine adenines adenium adeniums adenohypophysis adenohypophysises
adenoids adenosine adenosines adenota adenotas adenovirus adenoviruses adepts adermin adermins
ades adesite adesites adh adherent adherents adhesive adhesives adhs adiantaceae adiantaceaes
adiantum adiantums adit adits aditya adityas adjudicator adjudicators adjunct adjuncts adjuster
adjusters adjustor adjustors adjutant adjutants adjuvants adlumia adlumias adman admen
administrator administrators admiral admirals admirer admirers admonisher admonishers adnexa
adnexas adobe adobes adobo adobos adolescence adolescences adolescent adolescents adonis
adonises adoptee adoptees adopter adopters adorer adorers adornment adornments adp adps adpses
adrenalin adrenaline adrenalines adrenalins adrenals adrenergics adrenocorticotrophin
adrenocorticotrophins adrenocorticotropin adrenocorticotropins adrenosterone adrenosterones
adsorbates adsorbents adulator adulators adult adulterants adulterator adulterators adulterer
adulterers adulteress adulteresses adulthood adulthoods adults advancer advancers adventist
adventists adventitia adventitias adventurer adventurers adventuress adventuresses adversaries
adversary advertiser advertisers advertizer advertizers advil advils advisee adviser advisers
advisor advisors advocator advocators adz adze adzes aeciospore aeciospores aecium aeciums aedes
aedeses aegiceras aegicerases aegilops aegilopses aegina aeginas aegypiidae aegypiidaes aegypius
aegypiuses aegyptopithecus aegyptopithecuses aeolians aeon aeonium aeoniums aeons aepyceros
aepyceroses aepyornidae aepyornidaes aepyorniformes aepyorniformeses aepyornis aepyornises
aerator aerators aerialist aerialists aerides aerideses aerie aeries aerobacter aerobacters
aerobe aerobes aerodrome aerodromes aerofoil aerofoils aerogenerator aerogenerators aerolite
aerolites aeronaut aeronauts aerophile aerophiles aerophyte aerophytes aeroplane aeroplanes
aerospace aerospaces aertex aertexes aeschynanthus aeschynanthuses aesculus aesculuses aesir
aesirs aesthete aesthetes aesthetician aestheticians aether aethers aethionema aethionemas
aethusa aethusas aetiologist aetiologists aetobatus aetobatuses affenpinscher affenpinschers
afferents affiant affiants affiliate affiliates affines affirmer affirmers affluents afghan
afghanis afghanistanis afghans aficionado aficionados aflatoxin aflatoxins aflaxen aflaxens afp
afps aframomum aframomums africander africanders africans afrikander afrikanders afrikaners afro
afrocarpus afrocarpuses afropavo afropavos afros afterbirth afterbirths afterburner afterburners
afterdamp afterdamps afterdeck afterdecks afterlife afterlifes afternoon afternoons afters
afterses aftershaft aftershafts ag agal agalinis agalinises agals agama agamas agamete agametes
agamid agamidae agamidaes agamids agapanthus agapanthuses agapornis agapornises agar agaric
agaricaceae agaricaceaes agaricales agaricaleses agarics agaricus agaricuses agars agastache
agastaches agate agates agateware agatewares agathis agathises agavaceae agavaceaes agave agaves
agdestis agdestises agelaius agelaiuses agene agenes agent agents ageratina ageratinas ageratum
ageratums agglomerator agglomerators agglutinin agglutinins agglutinogen agglutinogens
aggravator aggravators aggregates aggregator aggregators aggressor aggressors aghan aghans agio
agios agiotage agiotages agitator agitators agkistrodon agkistrodons aglaia aglaias aglaomorpha
aglaomorphas aglaonema aglaonemas aglet aglets agnail agnails agnates agnatha agnathan agnathans
agnathas agnostics agonidae agonidaes agonist agonists agonus agonuses agora agoras agouti
agoutis agriculturalist agriculturalists agriculturist agriculturists agrimonia agrimonias
agrimonies agrimony agriocharis agriocharises agrobacterium agrobacteriums agronomist
agronomists agropyron agropyrons agrostemma agrostemmas agrostis agrostises ags agua aguacate
aguacates aguas agueweed agueweeds ahuehuete ahuehuetes ahura ahuras aide aiglet aiglets aigret
aigrets aigrette aigrettes aiguilette aiguilettes ail ailanthus ailanthuses aileron ailerons
ails ailuropoda ailuropodas ailuropodidae ailuropodidaes ailurus ailuruses aioli aiolis air
airbrake airbrakes airbrush airbrushes airbus airbuses aircraft aircraftman aircraftmen
aircrafts aircraftsman aircraftsmen aircrewman aircrewmen airdock airdocks airdrome airdromes
airedale airedales airfare airfares airfield airfields airfoil airfoils airframe airframes
airgun airguns airhead airheads airline airliner airliners airlines airlock airlocks airmailer
airmailers airman airmen airplane airplanes airport airports airscrew airscrews airship airships
airspace airspaces airspeed airspeeds airstrip airstrips airway airways airwoman airwomen aisle
aisles aitchbone aitchbones aix aixes aizoaceae aizoaceaes ajaia ajaias ajuga ajugas akaryocyte
akaryocytes akaryote akaryotes akee akees akeridae akeridaes akvavit akvavits al ala alabama
alabaman alabamas alabamen alabamian alabamians alabaster alabasters alanine alanines alarmist
alarmists alars alaskans alauda alaudas alaudidae alaudidaes alb albacore albacores albanians
albatrellus albatrelluses albino albinos albite albites albizia albizias albizzia albizzias albs
albuca albucas albuginaceae albuginaceaes albuginea albugineas albugo albugos albula albulas
albulidae albulidaes albumen albumens albumin albuminoid albuminoids albumins albuterol
albuterols alca alcahest alcahests alcalde alcaldes alcapton alcaptons alcas alcazar alcazars
alcea alceas alcedinidae alcedinidaes alcedo alcedos alcelaphus alcelaphuses alces alceses
alchemist alchemists alcidae alcidaes alcohol alcoholics alcohols alcove alcoves alcyonacea
alcyonaceas alcyonaria alcyonarias aldactone aldactones aldehyde aldehydes alder alderflies
alderfly alderman aldermen alders aldohexose aldohexoses aldol aldols aldomet aldomets aldose
aldoses aldosterone aldosterones aldrovanda aldrovandas ale alecost alecosts alectis alectises
alecto alectoria alectorias alectoris alectorises alectos alectura alecturas alehoof alehoofs
alehouse alehouses alembic alembics alendronate alendronates alepisaurus alepisauruses ales
aletris aletrises aleurites aleuriteses aleurone aleurones aleut aleutians aleuts aleve aleves
alewife alewifes alexander alexanders alexanderses alexandrians alexandrite alexandrites alexics
aleyrodes aleyrodeses aleyrodidae aleyrodidaes alfalfa alfalfas alfilaria alfilarias alfileria
alfilerias alga algae algaes algarobilla algarobillas algarroba algarrobas algarrobilla
algarrobillas algas algebraist algebraists algerians algeripithecus algeripithecuses algin
algins algometer algometers algonkians algonkin algonkins algonquians algonquins alidad alidade
alidades alidads alienator alienators alienee alienees alienist alienists alienor alienors
aliens aliment alimentation alimentations aliments alimonies alimony aliquant aliquants aliquot
aliquots alisma alismales alismaleses alismas alismataceae alismataceaes alismatidae
alismatidaes aliterate aliterates alizarin alizarine alizarines alizarins alkahest alkahests
alkali alkalis alkaliser alkalisers alkalizer alkalizers alkaloid alkaloids alkane alkanes
alkanet alkanets alkapton alkaptons alkene alkenes alkeran alkerans alkies alky alkyd alkyds
alkyl alkylbenzene alkylbenzenes alkylbenzenesulfonate alkylbenzenesulfonates alkyls alkyne
alkynes allamanda allamandas allantois allantoises allayer allayers allegoriser allegorisers
allegorizer allegorizers allegrettos allegros allele alleles allelomorph allelomorphs allemande
allemandes allergen allergens allergist allergists alleviant alleviants alleviator alleviators
alley alleys alleyway alleyways allgood allgoods allhallows allhallowses allhallowtide
allhallowtides alliaceae alliaceaes alliaria alliarias allice allices alligator alligatorfish
alligatorfishes alligatoridae alligatoridaes alligators allionia allioniaceae allioniaceaes
allionias allis allises alliterator alliterators allium alliums allmouth allmouths
alloantibodies alloantibody allocation allocations allocator allocators allograft allografts
allomorph allomorphs allopurinol allopurinols allosaur allosaurs allosaurus allosauruses
allotment allotments allotrope allotropes allowance allowances alloy alloys allspice allspices
alluvium alluviums allyl allyls almandine almandines almandite almandites almond almonds almoner
almoners almoravid almoravids almsgiver almsgivers alnico alnicos alnus alnuses alocasia
alocasias aloe aloeaceae aloeaceaes aloes aloeses alopecurus alopecuruses alopex alopexes
alopiidae alopiidaes alopius alopiuses alosa alosas alouatta alouattas alp alpaca alpacas
alpenstock alpenstocks alphabetiser alphabetisers alphabetizer alphabetizers alphavirus
alphaviruses alpinia alpinias alpinist alpinists alprazolam alprazolams alps alsatians alsobia
alsobias alsophila alsophilas alstonia alstonias alstroemeria alstroemeriaceae alstroemeriaceaes
alstroemerias altace altaces altaics altar altarpiece altarpieces altars altazimuth altazimuths
alternanthera alternantheras alternator alternators althaea althaeas althea altheas altimeter
altimeters altocumulus altocumuluses altoist altoists altos altostratus altostratuses altruist
altruists alula alulas alum alumbloom alumblooms alumina aluminas aluminate aluminates aluminium
aluminiums aluminum aluminums alumna alumnas alumnus alumnuses alumroot alumroots alums alundum
alundums alupent alupents alveolus alveoluses alyssum alyssums alytes alyteses amadavat
amadavats amah amahs amalgam amalgamator amalgamators amalgams amanita amanitas amanuensis
amanuensises amaranth amaranthaceae amaranthaceaes amaranths amaranthus amaranthuses amarelle
amarelles amaretto amarettos amaryllidaceae amaryllidaceaes amaryllis amaryllises amateur
amateurs amati amatis amatungulu amatungulus amauropelta amauropeltas amazon amazona amazonas
amazons ambassador ambassadors ambassadress ambassadresses amberbell amberbells amberboa
amberboas amberfish amberfishes ambergris ambergrises amberjack amberjacks ambler amblers
ambloplites amblopliteses amblygonite amblygonites amblyrhynchus amblyrhynchuses ambo ambos
amboyna amboynas ambrosia ambrosiaceae ambrosiaceaes ambrosias ambulacrum ambulacrums ambulance
ambulances ambulatories ambusher ambushers ambystoma ambystomas ambystomatidae ambystomatidaes
ambystomid ambystomids ameba amebas ameer ameers ameiuridae ameiuridaes ameiurus ameiuruses
amelanchier amelanchiers ameloblast ameloblasts amen amendses amenities amenitieses amens ament
amentiferae amentiferaes aments amercement amercements americana americanas americans americium
americiums amerindian amerindians amethopterin amethopterins amethysts amhara amharas amia
amianthum amianthums amias amide amides amidopyrine amidopyrines amigo amigos amiidae amiidaes
amine amines aminoalkane aminoalkanes aminobenzine aminobenzines aminomethane aminomethanes
aminopherase aminopherases aminophylline aminophyllines aminoplast aminoplasts aminopyrine
aminopyrines aminos aminotransferase aminotransferases amiodarone amiodarones amir amirs amish
amishes amitriptyline amitriptylines ammeter ammeters ammine ammines ammo ammobium ammobiums
ammodytes ammodyteses ammodytidae ammodytidaes ammonia ammoniac ammoniacs ammonias ammonite
ammonites ammonium ammoniums ammonoid ammonoids ammos ammotragus ammotraguses ammunition
ammunitions amnesiacs amnesics amnion amnions amnios amnioses amniota amniotas amniote amniotes
amobarbital amobarbitals amoeba amoebas amoebida amoebidas amoebina amoebinas amon amons
amontillado amontillados amora amoralist amoralists amoras amorist amorists amorpha amorphas
amorphophallus amorphophalluses amount amounts amoxicillin amoxicillins amoxil amoxils amp
ampere amperes amphetamine amphetamines amphibia amphibians amphibias amphibole amphiboles
amphibolips amphibolipses amphibolite amphibolites amphicarpa amphicarpaea amphicarpaeas
amphicarpas amphidiploid amphidiploids amphineura amphineuras amphioxidae amphioxidaes amphioxus
amphioxuses amphipod amphipoda amphipodas amphipods amphiprion amphiprions amphisbaena
amphisbaenas amphisbaenia amphisbaenias amphisbaenidae amphisbaenidaes amphitheater
amphitheaters amphitheatre amphitheatres amphiuma amphiumas amphiumidae amphiumidaes amphora
amphoras amphotericin amphotericins ampicillin ampicillins amplifier amplifiers ampoule ampoules
amps ampul ampule ampules ampulla ampullas ampuls amputator amputators amputee amputees amrinone
amrinones ams amsinckia amsinckias amsonia amsonias amulet amulets amun amuns amygdala
amygdalaceae amygdalaceaes amygdalas amygdalin amygdalins amygdaloids amygdalus amygdaluses amyl
amylase amylases amyloids amyls amylum amylums amytal amytals anabantidae anabantidaes
anabaptist anabaptists anabas anabases anabrus anabruses anacanthini anacanthinis anacardiaceae
anacardiaceaes anacardium anacardiums anachronism anachronisms anaconda anacondas anacyclus
anacycluses anadenanthera anadenantheras anaerobe anaerobes anaesthetics anaesthetist
anaesthetists anagallis anagallises anagasta anagastas anaglyph anaglyphs anagnost anagnosts
anagyris anagyrises analeptics analgesics analogist analogists analphabet analphabetics
analphabets analysand analysands analyser analysers analyst analysts analyzer analyzers ananas
ananases anaphalis anaphalises anaprox anaproxes anapsid anapsida anapsidas anapsids anarchist
anarchists anarhichadidae anarhichadidaes anarhichas anarhichases anas anasa anasas anasazi
anasazis anases anaspid anaspida anaspidas anaspids anastatica anastaticas anastigmat
anastigmats anastomosis anastomosises anastomus anastomuses anathema anathemas anatidae
anatidaes anatomist anatomists anatotitan anatotitans anatoxin anatoxins ancestor ancestors
ancestress ancestresses anchorite anchorites anchorman anchormen anchorperson anchorpersons
anchovies anchovy anchusa anchusas ancistrodon ancistrodons ancylidae ancylidaes
ancylostomatidae ancylostomatidaes ancylus ancyluses andantes andelmin andelmins andesite
andesites andira andiras andiron andirons andorrans andradite andradites andreaea andreaeales
andreaealeses andreaeas andrena andrenas andrenid andrenidae andrenidaes andrenids andricus
andricuses androecium androeciums androgen androgens androgyne androgynes android androids
andromeda andromedas andropogon andropogons androsterone androsterones andryala andryalas
andvari andvaris anecdotist anecdotists aneides aneideses anemometer anemometers anemone
anemonella anemonellas anemones anemopsis anemopsises aneroids anesthesiologist
anesthesiologists anesthetics anesthetist anesthetists anesthyl anesthyls anethum anethums
aneurin aneurins angel angelfish angelfishes angelica angelicas angelim angelims angelique
angeliques angels angevin angevine angevines angevins angiocardiogram angiocardiograms angiocarp
angiocarps angiogram angiograms angiologist angiologists angiopteris angiopterises angioscope
angioscopes angiosperm angiospermae angiospermaes angiosperms angiotensin angiotensins
angiotonin angiotonins angledozer angledozers angler anglerfish anglerfishes anglers anglewing
anglewings angleworm angleworms anglicans anglophil anglophile anglophiles anglophils anglophobe
anglophobes angolans angolese angoleses angora angoras angostura angosturas angraecum angraecums
angrecum angrecums angstrom angstroms anguidae anguidaes anguilla anguillans anguillas
anguillidae anguillidaes anguilliformes anguilliformeses anguillula anguillulas anguis anguises
angus anguses angwantibo angwantibos anhima anhimas anhimidae anhimidaes anhinga anhingas
anhingidae anhingidaes anhydride anhydrides ani anigozanthus anigozanthuses anil aniline
anilines anils animalcule animalcules animalculum animalculums animalia animalias animalization
animalizations animator animators anime animes animists anion anionic anionics anions anis anise
aniseed aniseeds anises anisette anisettes anisogamete anisogametes anisoptera anisopteras
anisotremus anisotremuses anjou anjous ankle anklebone anklebones ankles anklet anklets
ankletses ankus ankuses ankylosaur ankylosaurs ankylosaurus ankylosauruses anlage anlages anna
annalist annalists annamese annameses annas annelida annelidas annelids annex annexa annexas
annexe annexes anniellidae anniellidaes annihilator annihilators anniversaries anniversary annon
annona annonaceae annonaceaes annonas annons annotator annotators announcer announcers annoyer
annoyers annualries annualry annuals annuitant annuitants annuities annuity annulet annulets
annum annums annunciation annunciations annunciator annunciators anoa anoas anobiidae anobiidaes
anode anodes anodonta anodontas anodynes anoectochilus anoectochiluses anogramma anogrammas
anointer anointers anole anoles anolis anolises anomala anomalas anomalist anomalists
anomalopidae anomalopidaes anomalops anomalopses anomalopteryx anomalopteryxes anomiidae
anomiidaes anopheles anopheleses anophelines anoplura anopluras anorak anoraks anorectics
anorexics anorthite anorthites anostraca anostracas anovulant anovulants ans ansaid ansaids
anser anseres ansereses anseriformes anseriformeses anserinae anserinaes ansers anses answerer
answerers ant antabuse antabuses antacids antagonist antagonists antapex antapexes antbird
antbirds ante anteater anteaters antecedent antecedents antechamber antechambers antediluvians
antedon antedonidae antedonidaes antedons antefix antefixes antelope antelopes antenna
antennaria antennarias antennariidae antennariidaes antennas anteriors anteroom anterooms antes
anthelminthics anthelmintics anthemis anthemises anther antheraea antheraeas anthericum
anthericums antheridiophore antheridiophores antheridium antheridiums antheropeas antheropeases
antherozoid antherozoids anthers anthidium anthidiums anthill anthills anthoceropsida
anthoceropsidas anthoceros anthoceroses anthocerotaceae anthocerotaceaes anthocerotales
anthocerotaleses anthologist anthologists anthonomus anthonomuses anthophyllite anthophyllites
anthophyta anthophytas anthozoa anthozoan anthozoans anthozoas anthracite anthracites anthriscus
anthriscuses anthropoidea anthropoideas anthropoids anthropologist anthropologists
anthropophagite anthropophagites anthropophagus anthropophaguses anthurium anthuriums anthus
anthuses anthyllis anthyllises antiacid antiacids antiaircrafts antiarrhythmic antiarrhythmics
antibacterials antibaryon antibaryons antibiotics antibodies antibody anticatalyst anticatalysts
anticholinergics anticholinesterase anticholinesterases anticipants anticipator anticipators
anticoagulant anticoagulants anticonvulsant anticonvulsants antidepressant antidepressants
antidiabetic antidiabetics antidiarrheal antidiarrheals antidiuretic antidiuretics antidorcas
antidorcases antidote antidotes antielectron antielectrons antiemetic antiemetics antiepileptic
antiepileptics antifeminist antifeminists antiflatulent antiflatulents antifreeze antifreezes
antifungals antigen antigens antigonia antigonias antiguans antihero antiheros antihistamine
antihistamines antihypertensive antihypertensives antiknocks antilepton antileptons antilocapra
antilocapras antilocapridae antilocapridaes antilope antilopes antimacassar antimacassars
antimalarial antimalarials antimatter antimatters antimeson antimesons antimetabolite
antimetabolites antimicrobials antimicrobics antimonies antimony antimuon antimuons antimycin
antimycins antimycotic antimycotics antineoplastics antineutrino antineutrinos antineutron
antineutrons antinode antinodes antinomians antioxidant antioxidants antiparticle antiparticles
antipasto antipastos antiperspirant antiperspirants antipodes antipodeses antipope antipopes
antiproton antiprotons antiprotozoal antiprotozoals antipruritic antipruritics antipsychotic
antipsychotics antipyretics antiquarians antiquaries antiquark antiquarks antiquary antiques
antiquities antiquity antirrhinum antirrhinums antis antiseptics antiserum antiserums
antispasmodic antispasmodics antisyphilitic antisyphilitics antitauon antitauons antitoxin
antitoxins antitussive antitussives antivenene antivenenes antivenin antivenins antivert
antiverts antivirals antler antlers antlion antlions antrozous antrozouses antrum antrums ants
anunnaki anunnakis anura anurans anuras anus anuses anvil anvils anxiolytics anzac anzacs aorta
aortas aotus aotuses aoudad aoudads apache apaches apadana apadanas apanage apanages apar apars
apartment apartments apatite apatites apatosaur apatosaurs apatosaurus apatosauruses apatura
apaturas apc apcs ape aper aperea apereas aperients aperitif aperitifs apers aperture apertures
apes apex apexes aphakics aphanite aphanites aphasics aphasmidia aphasmidias aphelion aphelions
aphid aphididae aphididaes aphidoidea aphidoideas aphids aphis aphises aphorist aphorists
aphriza aphrizas aphrodisiacs aphrophora aphrophoras aphyllanthaceae aphyllanthaceaes
aphyllanthes aphyllantheses aphyllophorales aphyllophoraleses apiaceae apiaceaes apiaries
apiarist apiarists apiary apiculturist apiculturists apidae apidaes apios apioses apis apises
apishamore apishamores apium apiums aplacophora aplacophoran aplacophorans aplacophoras
aplectrum aplectrums aplite aplites aplodontia aplodontias aplodontiidae aplodontiidaes aplysia
aplysias aplysiidae aplysiidaes apoapsis apoapsises apocynaceae apocynaceaes apocynum apocynums
apodeme apodemes apodemus apodemuses apodidae apodidaes apodiformes apodiformeses apoenzyme
apoenzymes apogee apogees apogon apogonidae apogonidaes apogons apoidea apoideas apojove
apojoves apolemia apolemias apologist apologists apolune apolunes apomict apomicts apomorphine
apomorphines aponeurosis aponeurosises apophysis apophysises aporocactus aporocactuses aposelene
aposelenes apostates apostle apostles apothecaries apothecary apothecium apotheciums apotheosis
apotheosises appalachians appaloosa appaloosas appanage appanages apparatchik apparatchiks
apparatus apparatuses apparel apparels apparition apparitions appeaser appeasers appellants
appendage appendages appendicle appendicles appendicularia appendicularias appenzeller
appenzellers appetiser appetisers appetizer appetizers applauder applauders apple applejack
applejacks applemint applemints apples applesauce applesauces applewood applewoods appliance
appliances applicant applicants applicator applicators applier appliers applique appliques
appointee appointees appraiser appraisers appreciator appreciators apprehender apprehenders
apprentice apprentices appropriation appropriations appropriator appropriators approver
approvers appurtenance appurtenances apr apresoline apresolines apricot apricots april aprils
apron aprons aprs apse apses apsis apsises aptenodytes aptenodyteses apterygidae apterygidaes
apterygiformes apterygiformeses apteryx apteryxes apus apuses aqualung aqualungs aquamarine
aquamarines aquanaut aquanauts aquaplane aquaplanes aquarium aquariums aquarius aquariuses
aquatint aquatints aquavit aquavits aqueduct aqueducts aquifer aquifers aquifoliaceae
aquifoliaceaes aquila aquilas aquilege aquileges aquilegia aquilegias ar ara arab arabians
arabidopsis arabidopsises arabis arabises arabist arabists arabs araceae araceaes arachis
arachises arachnid arachnida arachnidas arachnids arachnoids aragonite aragonites arak araks
arales araleses aralia araliaceae araliaceaes aralias aramaeans arame arameans arames aramus
aramuses aranea araneae araneaes araneas araneida araneidas araneus araneuses arapaho arapahoe
arapahoes arapahos arariba araribas araroba ararobas aras araucaria araucariaceae araucariaceaes
araucarias araujia araujias arava aravas arawak arawakans arawaks arb arbalest arbalests
arbalist arbalists arbiter arbiters arbitrager arbitragers arbitrageur arbitrageurs arbitrator
arbitrators arbor arboretum arboretums arboriculturist arboriculturists arborist arborists
arbors arborvirus arborviruses arborvitae arborvitaes arbour arbours arbovirus arboviruses arbs
arbutus arbutuses arca arcade arcades arcadians arcas arcdegree arcdegrees arcella arcellas
arcellidae arcellidaes arceuthobium arceuthobiums archaebacteria archaebacterias archaebacterium
archaebacteriums archaeobacteria archaeobacterias archaeologist archaeologists archaeopteryx
archaeopteryxes archaeornis archaeornises archaeornithes archaeornitheses archaist archaists
archangel archangels archbishop archbishopric archbishoprics archbishops archdeacon
archdeaconries archdeaconry archdeacons archdiocese archdioceses archduchess archduchesses
archduchies archduchy archduke archdukes archegonium archegoniums archenteron archenterons
archeobacteria archeobacterias archeologist archeologists archeopteryx archeopteryxes archer
archerfish archerfishes archers archespore archespores archesporium archesporiums archiannelid
archiannelida archiannelidas archiannelids archidiskidon archidiskidons archil archilochus
archilochuses archils archimandrite archimandrites archine archines archipallium archipalliums
archipelago archipelagos architect architects architecture architectures architeuthis
architeuthises architrave architraves archive archivist archivists archosargus archosarguses
archosaur archosauria archosaurians archosaurias archosaurs archpriest archpriests archway
archways arcidae arcidaes arcminute arcminutes arcsecond arcseconds arctics arctictis
arctictises arctiid arctiidae arctiidaes arctiids arctium arctiums arctocebus arctocebuses
arctocephalus arctocephaluses arctonyx arctonyxes arctostaphylos arctostaphyloses arctotis
arctotises arcus arcuses ardea ardeas ardeb ardebs ardeidae ardeidaes ardisia ardisias area
areas areaway areaways areca arecaceae arecaceaes arecas arecidae arecidaes arenaria arenarias
arenaviridae arenaviridaes arenavirus arenaviruses arenga arengas areola areolas areopagite
areopagites arere areres ares arete aretes arethusa arethusas argal argali argalis argals
argasid argasidae argasidaes argasids argemone argemones argentina argentinas argentines
argentinians argentinidae argentinidaes argentinosaur argentinosaurs argentite argentites
argents argil argillite argillites argils arginine arginines argiope argiopes argiopidae
argiopidaes argives argon argonaut argonauta argonautas argonautidae argonautidaes argonauts
argonon argonons argons arguer arguers argus arguses argusianus argusianuses argyle argyles
argyll argylls argynnis argynnises argyranthemum argyranthemums argyreia argyreias argyrodite
argyrodites argyrol argyrols argyrotaenia argyrotaenias argyroxiphium argyroxiphiums arianist
arianists aricara aricaras aries arieses ariidae ariidaes arikara arikaras aril arils arilus
ariluses ariocarpus ariocarpuses ariomma ariommas arisaema arisaemas arisarum arisarums arishth
arishths arista aristas aristocort aristocorts aristocrat aristocrats aristolochia
aristolochiaceae aristolochiaceaes aristolochiales aristolochialeses aristolochias aristopak
aristopaks aristoteleans aristotelia aristotelians aristotelias arithmetician arithmeticians
arius ariuses arizona arizonan arizonans arizonas arizonian arizonians ark arkansan arkansans
arkansawyer arkansawyers arks arles arleses arm armadillidiidae armadillidiidaes armadillidium
armadillidiums armadillo armadillos armagnac armagnacs armament armaments armature armatures
armchair armchairs armenians armeria armerias armet armets armful armfuls armguard armguards
armhole armholes armiger armigers armilla armillaria armillarias armillariella armillariellas
armillas arminians armlet armlets armoire armoires armor armoracia armoracias armorer armorers
armors armourer armourers armpit armpits armrest armrests arms armses armyworm armyworms arnica
arnicas arnoseris arnoserises aroids arouser arousers arpent arpents arquebus arquebuses arrack
arracks arranger arrangers arras arrases arrester arresters arrhenatherum arrhenatherums arriver
arrivers arriviste arrivistes arroba arrobas arrogator arrogators arrowhead arrowheads arrowroot
arrowroots arrowsmith arrowsmiths arrowworm arrowworms arroyo arroyos ars arse arsehole
arseholes arsenal arsenals arsenate arsenates arsenic arsenicals arsenics arsenide arsenides
arsenopyrite arsenopyrites arses arsine arsines arsonist arsonists art artamidae artamidaes
artamus artamuses artemia artemias artemisia artemisias arteria arterias arteries arteriogram
arteriograms arteriola arteriolas arteriole arterioles artery arthritics arthrogram arthrograms
arthromere arthromeres arthropod arthropoda arthropodas arthropods arthropteris arthropterises
arthroscope arthroscopes arthrospore arthrospores artichoke artichokes articulatio articulatios
articulator articulators artificer artificers artilleries artillery artilleryman artillerymen
artiodactyla artiodactylas artiodactyls artisan artisans artist artiste artistes artists
artocarpus artocarpuses arugula arugulas arui aruis arum arums arundinaria arundinarias arundo
arundos arvicola arvicolas aryans arytaenoid arytaenoids arytenoid arytenoids asadha asadhas
asafetida asafetidas asafoetida asafoetidas asarabacca asarabaccas asarh asarhs asarum asarums
asbestos asbestoses ascaphidae ascaphidaes ascaphus ascaphuses ascaridae ascaridaes ascaridia
ascaridias ascaris ascarises ascender ascenders ascension ascensions ascent ascents ascetics
aschelminthes aschelmintheses ascidiaceae ascidiaceaes ascidian ascidians asclepiad
asclepiadaceae asclepiadaceaes asclepiads asclepias asclepiases ascocarp ascocarps ascolichen
ascolichens ascoma ascomas ascomycete ascomycetes ascomyceteses ascomycota ascomycotas
ascomycotina ascomycotinas ascophyllum ascophyllums ascospore ascospores ascot ascots ascus
ascuses asdic asdics ases ash ashbin ashbins ashcake ashcakes ashcan ashcans ashes ashkenazi
ashkenazis ashlar ashlars ashram ashrams ashtray ashtrays asians asiatics asilidae asilidaes
asimina asiminas asin asins asio asios asker askers asp aspalathus aspalathuses asparagaceae
asparagaceaes asparaginase asparaginases asparagine asparagines asparagus asparaguses aspartame
aspartames aspen aspens asper aspergill aspergillaceae aspergillaceaes aspergillales
aspergillaleses aspergills aspergillus aspergilluses aspers aspersorium aspersoriums asperula
asperulas asphalt asphalts asphodel asphodelaceae asphodelaceaes asphodeline asphodelines
asphodels asphodelus asphodeluses asphyxiator asphyxiators aspic aspics aspidelaps aspidelapses
aspidiotus aspidiotuses aspidistra aspidistras aspidophoroides aspidophoroideses aspirant
aspirants aspirator aspirators aspirer aspirers aspirin aspirins aspis aspises aspleniaceae
aspleniaceaes asplenium aspleniums asps ass assagai assagais assailant assailants assameses
assassin assassinator assassinators assassins assaulter assaulters assayer assayers assegai
assegais assemblies assembly assemblyman assemblymen assemblywoman assemblywomen assenter
assenters asserter asserters asses assessee assessees assessor assessors assets assetses
asseverator asseverators asshole assholes assignee assignees assignor assignors assimilator
assimilators assistant assistants assyrian assyrians astacidae astacidaes astacura astacuras
astacus astacuses astatine astatines aster asteraceae asteraceaes asteridae asteridaes asterion
asterions asteroidea asteroideas asteroids asterope asteropes asters asthenosphere
asthenospheres asthmatics astilbe astilbes astragal astragals astragalus astragaluses astrakhan
astrakhans astrantia astrantias astreus astreuses astringents astrocyte astrocytes astrodome
astrodomes astrogator astrogators astroglia astroglias astrolabe astrolabes astrologer
astrologers astrologist astrologists astroloma astrolomas astronaut astronauts astronium
astroniums astronomer astronomers astrophysicist astrophysicists astrophyton astrophytons
astropogon astropogons asvina asvinas asvins asvinses asylum asylums atabrine atabrines atakapa
atakapas atar ataractics atarax ataraxes atars atavist atavists ateles ateleses atelier ateliers
atenolol atenolols athabaskan athabaskans athanor athanors athapascan athapascans athapaskan
athapaskans athar athars atheist atheists athene athenes athenians atherinidae atherinidaes
atherinopsis atherinopsises atherodyde atherodydes atheroma atheromas atherurus atheruruses
athiorhodaceae athiorhodaceaes athlete athletes athodyd athodyds athrotaxis athrotaxises
athyriaceae athyriaceaes athyrium athyriums ativan ativans atlantides atlantideses atm atmometer
atmometers atms atole atoles atoll atolls atom atomiser atomisers atomizer atomizers atoms
atonement atonements atorvastatin atorvastatins atp atps atrazine atrazines atrichornis
atrichornises atrichornithidae atrichornithidaes atriplex atriplexes atrium atriums atropa
atropas atropidae atropidaes atropine atropines atrovent atrovents ats atsugewi atsugewis
attacapan attacapans attache attacker attackers attalea attaleas attar attars attempter
attempters attendant attendants attendee attendees attender attenders attenuator attenuators
attestant attestants attestator attestators attester attesters attestor attestors attic attics
atticus atticuses attilio attilios attire attires attorney attorneys attosecond attoseconds
attracter attracters attractor attractors au auberge auberges aubergine aubergines auctioneer
auctioneers aucuba aucubas audad audads audiles audiocassette audiocassettes audiogram
audiograms audiometer audiometers audiotape audiotapes audiovisuals audit auditor auditorium
auditoriums auditors audits aug augend augends auger augers aught aughts augite augites
augmentin augmentins augs august augustinian augustinians augusts auk auklet auklets auks
aulacorhyncus aulacorhyncuses aulostomidae aulostomidaes aulostomus aulostomuses aunt auntie
aunties aunts aunty aureolaria aureolarias aureomycin aureomycins auricle auricles auricula
auriculare auriculares auricularia auriculariaceae auriculariaceaes auriculariales
auricularialeses auricularias auriculas auriparus auriparuses auriscope auriscopes aurochs
aurochses aurora auroras auroscope auroscopes aus auspex auspexes aussie aussies austenite
austenites australians australopithecines australopithecus australopithecuses australs austrians
austrocedrus austrocedruses austronesians austrotaxus austrotaxuses autacoid autacoids auteur
auteurs authenticator authenticators author authoress authoresses authoriser authorisers
authoritarians authorizer authorizers authors auto autoantibodies autoantibody autobahn
autobahns autobiographer autobiographers autobus autobuses autochthon autochthons autoclave
autoclaves autocoid autocoids autocrat autocrats autocue autocues autodidact autodidacts
autofocus autofocuses autogiro autogiros autograft autografts autogyro autogyros autoinjector
autoinjectors autoloader autoloaders automat automatics automaton automatons automats automeris
automerises automobile automobiles automobilist automobilists autophyte autophytes autoplasties
autoplasty autoradiograph autoradiographs autos autosome autosomes autostrada autostradas
autotroph autotrophs autumn autumns auxiliaries auxiliary auxin auxins av avadavat avadavats
avahi avahis avaram avarams avatar avatars avena avenas avenger avengers avens avenses aventail
aventails aventurine aventurines averrhoa averrhoas aves aveses aviaries aviary aviator aviators
aviatress aviatresses aviatrix aviatrixes avicennia avicenniaceae avicenniaceaes avicennias avo
avocado avocados avocet avocets avoirdupois avoirdupoises avos avower avowers avs awl awls
awlwort awlworts awn awning awnings awns awols ax axe axerophthol axerophthols axes axil axilla
axillas axils axle axles axletree axletrees axolemma axolemmas axolotl axolotls axon axone
axones axons axseed axseeds ayah ayahs ayapana ayapanas ayatollah ayatollahs ayrshire ayrshires
aythya aythyas azactam azactams azadirachta azadirachtas azadirachtin azadirachtins azalea
azaleas azaleastrum azaleastrums azathioprine azathioprines azedarach azedaraches azederach
azederaches azerbaijanis azide azides azithromycin azithromycins azoimide azoimides azolla
azollaceae azollaceaes azollas azote azotes azt aztec aztecs aztreonam aztreonams azts azurite
azurites b ba baas baases baba babas babassu babassus babbitt babbitts babbler babblers babe
babes babesiidae babesiidaes babies babiroussa babiroussas babirusa babirusas babirussa
babirussas babka babkas baboo baboon baboons baboos babu babus babushka babushkas baby babyhood
babyhoods babylonian babylonians babyminder babyminders babyrousa babyrousas babysitter
babysitters bacca baccas bacchanals bacchant bacchante bacchantes bacchants baccharis
baccharises baccies baccy bachelor bachelorette bachelorettes bachelorhood bachelorhoods
bachelors bacillaceae bacillaceaes bacillariophyceae bacillariophyceaes bacillus bacilluses
bacitracin bacitracins backband backbands backbench backbencher backbenchers backbenches
backbiter backbiters backboard backboards backcloth backcloths backdrop backdrops backer backers
backhoe backhoes backlighting backlightings backpack backpacker backpackers backpacks backplate
backplates backrest backrests backroom backrooms backs backsaw backsaws backscratcher
backscratchers backsheesh backsheeshes backside backsides backslapper backslappers backslider
backsliders backspace backspacer backspacers backspaces backstage backstages backstairses
backstay backstays backstop backstops backstroker backstrokers backswimmer backswimmers
backsword backswords backwater backwaters backwoods backwoodses backwoodsman backwoodsmen
backyard backyards bacon bacons bacteria bacteriacide bacteriacides bacterias bactericide
bactericides bacteriochlorophyll bacteriochlorophylls bacteriologist bacteriologists
bacteriophage bacteriophages bacteriostat bacteriostats bacterium bacteriums bacteroidaceae
bacteroidaceaes bacteroides bacteroideses bacteroids badaga badagas baddeleyite baddeleyites
baddie baddies badgerer badgerers badlands badlandses bag bagasse bagasses bagel bagels bagful
bagfuls baggage baggageman baggagemen baggages bagger baggers bagging baggings bagman bagmen
bagnio bagnios bagpipe bagpiper bagpipers bagpipes bags baguet baguets baguette baguettes bahais
bahamians bahrainis bahreini bahreinis baht bahts bail bailee bailees bailey baileys bailiff
bailiffs bailiwick bailiwicks bailor bailors bails baiomys baiomyses bairdiella bairdiellas
bairn bairns baisa baisakh baisakhs baisas baiza baizas baize baizes bakeapple bakeapples
bakehouse bakehouses bakelite bakelites baker bakeries bakers bakery bakeshop bakeshops baklava
baklavas baksheesh baksheeshes bakshis bakshises bakshish bakshishes balaclava balaclavas
balaena balaenas balaeniceps balaenicepses balaenicipitidae balaenicipitidaes balaenidae
balaenidaes balaenoptera balaenopteras balaenopteridae balaenopteridaes balalaika balalaikas
balancer balancers balanidae balanidaes balanus balanuses balas balases balata balatas balboa
balboas balbriggan balbriggans balconies balcony baldachin baldachins baldhead baldheads baldies
baldpate baldpates baldric baldrick baldricks baldrics baldwin baldwins baldy bale baleen
baleens bales balibago balibagos balistes balisteses balistidae balistidaes balkan balkans
balker balkers balkline balklines ball balladeer balladeers ballast ballasts ballcock ballcocks
balldress balldresses ballerina ballerinas balletomane balletomanes ballista ballistas
ballistite ballistites ballistocardiograph ballistocardiographs ballock ballocks balloon
balloonfish balloonfishes balloonist balloonists balloons ballota ballotas ballpark ballparks
ballpen ballpens ballplayer ballplayers ballpoint ballpoints ballroom ballrooms balls balm
balmoral balmorals balms balsa balsam balsaminaceae balsaminaceaes balsamorhiza balsamorhizas
balsamroot balsamroots balsams balsas baluster balusters balusterses balustrade balustrades
bambino bambinos bamboo bamboos bambusa bambusas bambuseae bambuseaes banana bananas bandage
bandages bandana bandanas bandanna bandannas bandbox bandboxes bandeau bandeaus bandelet
bandelets bandelette bandelettes banderilla banderillas banderillero banderilleros bandicoot
bandicoots bandit bandits bandleader bandleaders bandlet bandlets bandmaster bandmasters
bandoleer bandoleers bandolier bandoliers bandoneon bandoneons bandsaw bandsaws bandsman
bandsmen bandstand bandstands bandtail bandtails bandwidth bandwidths bandyleg bandylegs
baneberries baneberry banger bangers bangiaceae bangiaceaes bangladeshis bangle bangles bangtail
bangtails banian banians banister banisters banjo banjos bank bankbook bankbooks banker bankers
bankia bankias banknote banknotes bankroll bankrolls banks banksia banksias banner banneret
bannerets banners bannister bannisters bannock bannocks banquette banquettes banshee banshees
banshie banshies bantams bantamweight bantamweights banteng bantengs banting bantings bantus
banyan banyans baobab baobabs bap baphia baphias baps baptisia baptisias baptist baptisteries
baptistery baptistries baptistry bar baranduki barandukis barbacan barbacans barbadians barbarea
barbareas barbarian barbarians barbasco barbascos barbel barbell barbells barbels barbeque
barbeques barber barberries barberry barbers barbershop barbershops barbet barbets barbette
barbettes barbican barbicans barbital barbitals barbitone barbitones barbiturate barbiturates
barbu barbus barbwire barbwires bard bards bareboat bareboats barf barfs bargainer bargainers
barge bargee bargello bargellos bargeman bargemen barges barilla barillas barite barites
baritones barium bariums bark barkeep barkeeper barkeepers barkeeps barker barkers barks barley
barleycorn barleycorns barleys barm barmaid barmaids barman barmbrack barmbracks barmen barms
barn barnacle barnacles barnburner barnburners barndoor barndoors barnful barnfuls barns
barnstormer barnstormers barnyard barnyards barograph barographs barometer barometers baron
baronduki barondukis baroness baronesses baronet baronets barong barongs baronies barons barony
baroreceptor baroreceptors barosaur barosaurs barosaurus barosauruses barouche barouches barque
barques barrack barracks barracouta barracoutas barracuda barracudas barramundi barramundis
barrater barraters barrator barrators barrel barrelfish barrelfishes barrelful barrelfuls
barrelhouse barrelhouses barrels barrelses barrens barrenwort barrenworts barrette barretter
barretters barrettes barricade barricades barrier barriers barrio barrios barrister barristers
barroom barrooms barrow barrowful barrowfuls barrows barses bart bartender bartenders barterer
barterers bartlett bartletts bartonia bartonias bartramia bartramias barts barunduki barundukis
barycenter barycenters barye baryes baryon baryons baryta barytas barytes baryteses barytone
barytones bas basalt basalts bascule bascules baseboard baseboards basement basements basenji
basenjis basidiocarp basidiocarps basidiolichen basidiolichens basidiomycete basidiomycetes
basidiomyceteses basidiomycota basidiomycotas basidiomycotina basidiomycotinas basidiospore
basidiospores basidium basidiums basil basileus basileuses basilica basilicas basiliscus
basiliscuses basilisk basilisks basils basin basinet basinets basinful basinfuls basins basket
basketeer basketeers basketful basketfuls basketmaker basketmakers baskets basketweaver
basketweavers basophil basophile basophiles basophils basotho basothos basque basques
bassariscidae bassariscidaes bassariscus bassariscuses bassarisk bassarisks basset bassets
bassia bassias bassine bassines bassinet bassinets bassist bassists basso bassoon bassoonist
bassoonists bassoons bassos basswood basswoods bast bastard bastards baster basters bastille
bastilles bastinado bastinados bastings bastnaesite bastnaesites bastnasite bastnasites basts
basuco basucos batfish batfishes bath bather bathers bathhouse bathhouses batholite batholites
batholith batholiths bathometer bathometers bathrobe bathrobes bathroom bathrooms baths bathtub
bathtubs bathyergidae bathyergidaes bathyergus bathyerguses bathymeter bathymeters bathyscape
bathyscapes bathyscaph bathyscaphe bathyscaphes bathyscaphs bathysphere bathyspheres batidaceae
batidaceaes batik batiks batis batises batiste batistes batman batmen batoidei batoideis baton
batons batrachia batrachians batrachias batrachoididae batrachoididaes batrachoseps
batrachosepses batsman batsmen batswana batswanas batten battens battercake battercakes
battledore battledores battlefield battlefields battlefront battlefronts battleground
battlegrounds battlement battlements battler battlers battleship battleships battlesight
battlesights battlewagon battlewagons batwing batwings baud bauds bauhinia bauhinias baulk
baulker baulkers baulks bauxite bauxites bavarians bawbee bawbees bawd bawds bawdyhouse
bawdyhouses bawler bawlers bay baya bayas bayberries bayberry baycol baycols bayer bayers
bayonet bayonets bayou bayous bays bazaar bazaars bazar bazars bazooka bazookas bb bbl bbls bbs
bbses bdellium bdelliums beach beachball beachballs beachcomber beachcombers beaches beachfront
beachfronts beachhead beachheads beachwear beachwears bead beading beadings beadle beadles beads
beadses beadsman beadsmen beadwork beadworks beagle beagles beak beaker beakers beaks bean
beanbag beanbags beanie beanies beans beanstalk beanstalks beany bearberries bearberry bearcat
bearcats beard beards bearer bearers bearnaise bearnaises bearskin bearskins bearwood bearwoods
beater beaters beatnik beau beaugregories beaugregory beaujolais beaujolaises beaumontia
beaumontias beaus beautician beauticians beaver beavers bechamel bechamels bechuana bechuanas
becket beckets bed bedbug bedbugs bedchamber bedchambers bedclothes bedclotheses bedcover
bedcovers bedder bedders bedding beddings bedesman bedesmen bedfellow bedfellows bedframe
bedframes bedground bedgrounds bedlamite bedlamites bedouin bedouins bedpan bedpans bedpost
bedposts bedrock bedrocks bedroll bedrolls bedroom bedrooms beds bedside bedsides bedsit bedsits
bedsitter bedsitters bedspread bedspreads bedspring bedsprings bedstead bedsteads bedstraw
bedstraws bedtime bedtimes beduin beduins bedwetter bedwetters bee beebalm beebalms beebread
beebreads beech beeches beechnut beechnuts beechwood beechwoods beef beefalo beefalos beefburger
beefburgers beefcake beefcakes beefeater beefeaters beefs beefsteak beefsteaks beefwood
beefwoods beehive beehives beekeeper beekeepers beeline beelines beeper beepers beer beers
beeswax beeswaxes beet beetle beetles beetleweed beetleweeds beetroot beetroots beets begetter
begetters beggar beggarman beggarmen beggars beggarweed beggarweeds beggarwoman beggarwomen
beginner beginners begonia begoniaceae begoniaceaes begonias beguiler beguilers beguine beguines
begum begums behaviorists behaviourists behemoth behemoths behinds beholder beholders beigel
beigels beignet beignets bel belamcanda belamcandas belay belays beldam beldame beldames beldams
belemnite belemnites belemnitidae belemnitidaes belemnoidea belemnoideas belfries belfry
belgians believer believers bell belladonna belladonnas bellarmine bellarmines bellbird
bellbirds bellboy bellboys belle belles bellflower bellflowers bellhop bellhops bellies
belligerents bellis bellises bellman bellmen bellower bellowers bellowses bellpull bellpulls
bells bellwether bellwethers bellwort bellworts belly bellyacher bellyachers bellyband
bellybands bellybutton bellybuttons belongings belongingses belonidae belonidaes belorussian
belorussians belostomatidae belostomatidaes beloveds bels belt beltings belts beltway beltways
beluga belugas belvedere belvederes bema bemas bemisia bemisias ben benadryl benadryls bench
benches bender benders bendopa bendopas benedick benedicks benedict benedictines benedicts
benefaction benefactions benefactor benefactors benefactress benefactresses benefice benefices
beneficiaries beneficiary benefit benefits bengalis benineses benjamin benjamins benne bennes
bennet bennets bennettitaceae bennettitaceaes bennettitales bennettitaleses bennettitis
bennettitises benni bennie bennies bennis benniseed benniseeds benny bens benthos benthoses
bentonite bentonites bentwood bentwoods benweed benweeds benzedrine benzedrines benzene benzenes
benzine benzines benzoate benzoates benzocaine benzocaines benzodiazepine benzodiazepines
benzofuran benzofurans benzoin benzoins benzol benzols benzoquinone benzoquinones benzyl
benzylpenicillin benzylpenicillins benzyls bequest bequests berber berberidaceae berberidaceaes
berberis berberises bercies bercy bereaveds beret berets berg bergall bergalls bergamot
bergamots bergenia bergenias bergs berk berkelium berkeliums berks berlin berliner berliners
berlins berm berms bermudans bermudian bermudians beroe beroes berretta berrettas berries berry
berserker berserkers berserks berteroa berteroas bertholletia bertholletias berycomorphi
berycomorphis beryl beryllium berylliums beryls besieger besiegers besom besoms bessera besseras
besseya besseyas bestower bestowers bestowment bestowments betaine betaines betatron betatrons
betel betels bethel bethels betrayer betrayers betrotheds bettong bettongia bettongias bettongs
bettor bettors betula betulaceae betulaceaes betulas betweenbrain betweenbrains bevatron
bevatrons beverage beverages bextra bextras bey beys bezant bezants bezel bezels bezzant
bezzants bh bhadon bhadons bhadrapada bhadrapadas bhang bhangs bhs bhutaneses bhutani bhutanis
bi bialies bialy bialystoker bialystokers bib bibliographer bibliographers bibliophile
bibliophiles bibliopole bibliopoles bibliopolist bibliopolists bibliothec bibliothecs bibliotist
bibliotists bibos biboses bibs bicarbonate bicarbonates bicentenaries bicentennials biceps
bicepses bichloride bichlorides bichromate bichromates bicorne bicornes bicorns bicuspids
bicycle bicycler bicyclers bicycles bicyclist bicyclists bidder bidders biddies biddy bidens
bidenses bidet bidets biennials bier biers bifocals bifocalses bigamist bigamists bigarade
bigarades bigeye bigeyes biggin biggins bighorn bighorns bignonia bignoniaceae bignoniaceaes
bignoniad bignoniads bignonias bigos bigoses bigot bigots bigwig bigwigs bijou bijous bike bikes
bikini bikinis bilberries bilberry bilbies bilby bile biles bilestone bilestones bilge bilges
bilgeses bilimbi bilimbis bilingualist bilingualists bilinguals bilirubin bilirubins billabong
billabongs billboard billboards billfish billfishes billfold billfolds billhook billhooks
billies billionaire billionaires billions billy billyo billyoh billyohs billyos billystick
billysticks bilocation bilocations biloxi biloxis bilsted bilsteds biltong biltongs bimbo bimbos
bimester bimesters bimetallism bimetallisms bimetallist bimetallists bimetals bimillenaries
bimillenary bimillennium bimillenniums bimli bimlis bin binaries binder binderies binders
bindery bindweed bindweeds bine bines binful binfuls binger bingers binnacle binnacles
binoculars binocularses bins binturong binturongs bioarm bioarms biocatalyst biocatalysts
biochemist biochemists biochip biochips bioflavinoid bioflavinoids biographer biographers
biologist biologists biomass biomasses biophysicist biophysicists bioscope bioscopes biosphere
biospheres biotin biotins biotite biotites bioweapon bioweapons bipeds biplane biplanes biprism
biprisms biquadrate biquadrates biquadratics birchbark birchbarks birches bird birdbath
birdbaths birdbrain birdbrains birdcage birdcages birder birders birdfeeder birdfeeders
birdhouse birdhouses birdlime birdlimes birdnest birdnests birds birdseed birdseeds biretta
birettas biriani birianis biro biros birr birretta birrettas birrs birth birthday birthdays
birthplace birthplaces birthrate birthrates birthroot birthroots births birthwort birthworts
biryani biryanis bis bisayan bisayans biscuit biscuits biscutella biscutellas bisexuals bishop
bishopric bishoprics bishops bismark bismarks bismuth bismuths bison bisons bisque bisques
bister bisters bistre bistres bistro bistros bit bitartrate bitartrates biteplate biteplates
biter biters bitewing bitewings bitis bitises bitmap bitmaps bitok bitoks bits bitstock
bitstocks bitt bittacidae bittacidaes bittercress bittercresses bittern bitterns bitternut
bitternuts bitterroot bitterroots bitters bitterses bittersweets bitterweed bitterweeds
bitterwood bitterwoods bitthead bittheads bitts bitumastic bitumastics bitumen bitumens bivalves
bivalvia bivalvias bivouac bivouacs bk bks blabber blabbermouth blabbermouths blabbers blaberus
blaberuses blackamoor blackamoors blackbeetle blackbeetles blackberries blackberry blackbird
blackbirds blackboard blackboards blackbodies blackbody blackbuck blackbucks blackburn
blackburns blackcap blackcaps blackcock blackcocks blackdamp blackdamps blackface blackfaces
blackfish blackfishes blackflies blackfly blackfoot blackfoots blackfriar blackfriars blackguard
blackguards blackhead blackheads blacking blackings blackjack blackjacks blackleg blacklegs
blackmailer blackmailers blackout blackouts blackpoll blackpolls blackseed blackseeds blackshirt
blackshirts blacksmith blacksmiths blacksnake blacksnakes blacktail blacktails blackthorn
blackthorns blacktop blacktopping blacktoppings blacktops blackwood blackwoods bladder
bladdernose bladdernoses bladderpod bladderpods bladders bladderwort bladderworts bladderwrack
bladderwracks blade blades blaeberries blaeberry blanc blancmange blancmanges blancs blandfordia
blandfordias blanket blankets blanquillo blanquillos blarina blarinas blasphemer blasphemers
blastema blastemas blaster blasters blastocele blastoceles blastocladia blastocladiales
blastocladialeses blastocladias blastocoel blastocoele blastocoeles blastocoels blastocyst
blastocysts blastocyte blastocytes blastoderm blastoderms blastodiaceae blastodiaceaes
blastodisc blastodiscs blastomere blastomeres blastomyces blastomyceses blastomycete
blastomycetes blastopore blastopores blastosphere blastospheres blastula blastulas blatta
blattaria blattarias blattas blattella blattellas blattidae blattidaes blattodea blattodeas
blazer blazers blazon blazonries blazonry blazons bleacher bleachers bleacherses bleb blebs
blechnaceae blechnaceaes blechnum blechnums bleeder bleeders blende blender blenders blennies
blenniidae blenniidaes blennioid blennioidea blennioideas blennioids blennius blenniuses blenny
blephilia blephilias bletia bletias bletilla bletillas bleu bleus blewits blewitses blighia
blighias blighter blighters blighties blighty blimp blimps blinder blinders blindfolds blindworm
blindworms bling blings blini blinies blinis blinker blinkers blinkses blintz blintze blintzes
bliny blissus blissuses bloater bloaters blocadren blocadrens block blockbuster blockbusters
blocker blockers blockhead blockheads blockhouse blockhouses blocks blogger bloggers bloke
blokes blollies blolly blonde blondes blonds blood bloodberries bloodberry bloodhound
bloodhounds bloodleaf bloodleafs bloodmobile bloodmobiles bloodroot bloodroots bloods bloodstone
bloodstones bloodstream bloodstreams bloodsucker bloodsuckers bloodworm bloodworms bloodwort
bloodworts bloomer bloomeria bloomerias bloomers bloomerses blossom blossoms blotter blotters
blouse blouses blowball blowballs blower blowers blowfish blowfishes blowflies blowfly blowgun
blowguns blowhard blowhards blowhole blowholes blowlamp blowlamps blowpipe blowpipes blowtorch
blowtorches blowtube blowtubes blt blts blubberer blubberers blucher bluchers bludgeon
bludgeoner bludgeoners bludgeons bluebell bluebells blueberries blueberry bluebill bluebills
bluebird bluebirds bluebonnet bluebonnets bluebottle bluebottles bluecoat bluecoats bluefin
bluefins bluefish bluefishes bluegill bluegills bluegrass bluegrasses bluehead blueheads blueing
blueings bluejacket bluejackets bluenose bluenoses bluepoint bluepoints bluestem bluestems
bluestocking bluestockings bluestone bluestones bluethroat bluethroats bluetick blueticks
blueweed blueweeds bluewing bluewings bluff bluffer bluffers bluffs bluing bluings blunderbuss
blunderbusses blunderer blunderers blusher blushers blusterer blusterers bm bms boa boar boarder
boarders boardinghouse boardinghouses boardroom boardrooms boardses boardwalk boardwalks
boarfish boarfishes boarhound boarhounds boars boas boaster boasters boat boatbill boatbills
boatbuilder boatbuilders boater boaters boathouse boathouses boatload boatloads boatman boatmen
boats boatswain boatswains boatyard boatyards bobber bobbers bobbies bobbin bobbins bobby
bobbysock bobbysocks bobbysockses bobbysoxer bobbysoxers bobcat bobcats bobfloat bobfloats
bobolink bobolinks bobsled bobsleds bobsleigh bobsleighs bobtails bobwhite bobwhites bocconia
bocconias boche boches bock bocks bod bodega bodegas bodice bodices bodies bodkin bodkins bods
body bodybuilder bodybuilders bodyguard bodyguards bodywork bodyworks boehmeria boehmerias boer
boers boeuf boeufs boffin boffins bog bogbean bogbeans bogeyman bogeymen bogie bogies bogmat
bogmats bogs bogy bohemians bohrium bohriums boidae boidaes boiler boilers boilersuit
boilersuits bola bolas bolbitis bolbitises bole boles boletaceae boletaceaes bolete boletellus
boletelluses boletes boletus boletuses bolivar bolivars boliviano bolivianos bolivians boll
bollard bollards bollock bollocks bolls bollworm bollworms bolo bologna bolognas bologram
bolograms bolograph bolographs bolometer bolometers bolos bolshevik bolsheviks bolshevists
bolshie bolshies bolti boltis boltonia boltonias bomarea bomareas bomb bombacaceae bombacaceaes
bombard bombardier bombardiers bombardon bombardons bombards bombax bombaxes bombazine
bombazines bomber bombers bombie bombies bombina bombinas bomblet bomblets bombproof bombproofs
bombs bombshell bombshells bombsight bombsights bombus bombuses bombycid bombycidae bombycidaes
bombycids bombycilla bombycillas bombycillidae bombycillidaes bombyliidae bombyliidaes bombyx
bombyxes bonanza bonanzas bonasa bonasas bonavist bonavists bonbon bonbons bonce bonces
bondholder bondholders bondmaid bondmaids bondman bondmen bondsman bondsmen bondswoman
bondswomen bonduc bonducs bondwoman bondwomen bone bonefish bonefishes bonehead boneheads
bonelet bonelets bonemeal bonemeals bones boneses boneset bonesets bonesetter bonesetters
boneshaker boneshakers bongo bongos boniface bonifaces bonito bonitos bonnet bonnethead
bonnetheads bonnets bonobo bonobos bonsai bonsais bonxie bonxies boob boobies boobs booby boodle
boodles booger boogers boogeyman boogeymen bookbinder bookbinderies bookbinders bookbindery
bookcase bookcases bookdealer bookdealers bookend bookends booker bookers bookie bookies
bookkeeper bookkeepers booklouse booklouses booklover booklovers bookmaker bookmakers bookman
bookmark bookmarker bookmarkers bookmarks bookmen bookmobile bookmobiles bookseller booksellers
bookshelf bookshelfs bookshop bookshops bookstall bookstalls bookstore bookstores bookworm
bookworms boomer boomers boondocks boondockses boor boors booster boosters boot bootblack
bootblacks bootee bootees booth boothose boothoses booths bootie booties bootjack bootjacks
bootlace bootlaces bootlegger bootleggers bootlegs bootlicker bootlickers bootmaker bootmakers
boots bootstrap bootstraps booty booyong booyongs booze boozer boozers boozes borage borages
boraginaceae boraginaceaes borago boragos borassus borassuses borate borates borax boraxes
bordeaux bordeauxes bordelaise bordelaises bordello bordellos border borderer borderers
borderland borderlands borderlines borders borecole borecoles borer borers bornean borneans
bornite bornites boron borons borosilicate borosilicates borough boroughs borrelia borrelias
borrower borrowers borsch borsches borscht borschts borsh borshch borshches borshes borsht
borshts borstal borstals bortsch bortsches borzoi borzois bos bosc boscs boselaphus boselaphuses
boses boson bosons boss bosses bostonian bostonians bosun bosuns boswell boswellia boswellias
boswells bot bota botanicals botanist botanists botas botaurus botauruses botcher botchers
botflies botfly bothidae bothidaes bothrops bothropses botox botoxes botrychium botrychiums bots
bottle bottlebrush bottlebrushes bottlecap bottlecaps bottleful bottlefuls bottlenose
bottlenoses bottles bottom bottomland bottomlands bottoms botulin botulins botulinum botulinums
botulinus botulinuses botulismotoxin botulismotoxins bouchee bouchees boucle boucles boudoir
boudoirs bouffants bougainvillaea bougainvillaeas bougainvillea bougainvilleas bough boughs
bouillabaisse bouillabaisses bouillon bouillons boulder boulders boule boules boulevard
boulevardier boulevardiers boulevards boulle boulles bouncer bouncers boundaries boundary
bounder bounders boundses bounties bounty bouquet bouquets bourbon bourbons bourdon bourdons
bourgeoises bourguignon bourguignons bourn bourne bournes bourns bourtree bourtrees bout
bouteloua boutelouas boutique boutiques boutonniere boutonnieres bouts bovidae bovidaes bovids
bovinae bovinaes bovines bovini bovinis bovril bovrils bowdleriser bowdlerisers bowdlerizer
bowdlerizers bowel bowels bowelses bower bowerbird bowerbirds bowers bowfin bowfins bowhead
bowheads bowiea bowieas bowknot bowknots bowl bowlder bowlders bowlegs bowler bowlers bowlful
bowlfuls bowline bowlines bowman bowmen bowsprit bowsprits bowstring bowstrings bowtie bowties
box boxberries boxberry boxcar boxcars boxcarses boxer boxers boxerses boxershorts boxershortses
boxes boxfish boxfishes boxful boxfuls boxthorn boxthorns boxwood boxwoods boy boyfriend
boyfriends boyhood boyhoods boykinia boykinias boys boysenberries boysenberry bozo bozos bpm
bpms bps bpses br bra bracelet bracelets bracer bracero braceros bracers braceses brachinus
brachinuses brachiopoda brachiopodas brachiopods brachycephalics brachychiton brachychitons
brachycome brachycomes brachystegia brachystegias brachyura brachyuran brachyurans brachyuras
bracings bracken brackens bract bracteole bracteoles bractlet bractlets bracts brad bradawl
bradawls brads bradypodidae bradypodidaes bradypus bradypuses brae braes braggarts bragger
braggers brahma brahman brahmas brahmen brahmin brahmins brahui brahuis braid braidings braids
brail brails brain braincase braincases brainchild brainchilds brainiac brainiacs brainpan
brainpans brains brainstem brainstems brainworker brainworkers brake brakeman brakemen brakes
brakeses brama bramas bramble brambles brambling bramblings bramidae bramidaes bran branchia
branchias branchiobdella branchiobdellas branchiobdellidae branchiobdellidaes branchiopoda
branchiopodans branchiopodas branchiopods branchiostegidae branchiostegidaes branchiostomidae
branchiostomidaes branchiura branchiuras branchlet branchlets brandies brandy brandyball
brandyballs brandysnap brandysnaps brans brant branta brantas brants bras brasenia brasenias
brasier brasiers brass brassard brassards brassavola brassavolas brasserie brasseries brasses
brassia brassias brassica brassicaceae brassicaceaes brassicas brassie brassiere brassieres
brassies brat brats brattice brattices bratwurst bratwursts bravo bravos brawler brawlers
brazier braziers brazil brazilians brazils brazilwood brazilwoods bread breadbasket breadbaskets
breadboard breadboards breadbox breadboxes breadcrumb breadcrumbs breadfruit breadfruits
breadroot breadroots breads breadstick breadsticks breadstuff breadstuffs breadwinner
breadwinners breakable breakables breakage breakages breakax breakaxe breakaxes breaker
breakfast breakfasts breakstone breakstones breakwater breakwaters bream breams breast
breastbone breastbones breastpin breastpins breastplate breastplates breasts breaststroker
breaststrokers breastwork breastworks breathalyser breathalysers breathalyzer breathalyzers
breather breathers breccia breccias breech breechblock breechblocks breechcloth breechcloths
breechclout breechclouts breeches breecheses breechloader breechloaders breeder breeders bregma
bregmas bren brens brent brents breton bretons brevibloc breviblocs brevicipitidae
brevicipitidaes brevoortia brevoortias brew brewage brewages brewer breweries brewers brewery
brewpub brewpubs brews briar briard briards briarroot briarroots briars briarwood briarwoods
bribe briber bribers bribes brick brickbat brickbats brickellia brickellias brickfield
brickfields brickkiln brickkilns bricklayer bricklayers bricks brickwork brickworks brickyard
brickyards bricole bricoles bride bridecake bridecakes bridegroom bridegrooms brides bridesmaid
bridesmaids bridge bridgehead bridgeheads bridges bridgework bridgeworks bridle bridles bridoon
bridoons brie briefcase briefcases briefses brier brierpatch brierpatches briers brierwood
brierwoods bries brig brigadier brigadiers brigand brigandine brigandines brigands brigantine
brigantines brigs brill brilliantine brilliantines brills brim brims brimstone brimstones brine
brines brinies brinjal brinjals brioche brioches brionies briony brioschi brioschis briquet
briquets briquette briquettes brisket briskets brisling brislings bristle bristlegrass
bristlegrasses bristles bristletail bristletails brit britches britcheses britisher britishers
britishes britons brits britses britt brittlebush brittlebushes brittles britts broach broaches
broadax broadaxe broadaxes broadbill broadbills broadcaster broadcasters broadcloth broadcloths
broadlooms broads broadsword broadswords broadtail broadtails brocade brocades brocadopa
brocadopas broccoli broccolis brochette brochettes brocket brockets brodiaea brodiaeas brogan
brogans brogue brogues broiler broilers broker brokers brollies brolly brome bromegrass
bromegrasses bromelia bromeliaceae bromeliaceaes bromelias bromeosin bromeosins bromes bromide
bromides bromine bromines bromoform bromoforms bromus bromuses bronc bronchiole bronchioles
broncho bronchodilator bronchodilators bronchos bronchoscope bronchoscopes bronchus bronchuses
bronco broncobuster broncobusters broncos broncs brontosaur brontosaurs brontosaurus
brontosauruses bronze bronzes brooch brooches brooder brooders broodies broodmare broodmares
brook brooklet brooklets brooklime brooklimes brooks brookweed brookweeds broom broomcorn
broomcorns brooms broomstick broomsticks broomweed broomweeds brosmius brosmiuses broth brothel
brothels brother brothers broths brotula brotulas brotulidae brotulidaes brougham broughams
broussonetia broussonetias brow browallia browallias brownie brownies brownshirt brownshirts
brownstone brownstones browntail browntails brows browser browsers brs brucella brucellas
bruchidae bruchidaes bruchus bruchuses brucine brucines bruckenthalia bruckenthalias brugmansia
brugmansias bruin bruins bruiser bruisers brule brules brumaire brumaires brummie brummies
brummy brunch brunches bruneians brunets brunettes brunfelsia brunfelsias brushwood brushwoods
brute brutes brya bryaceae bryaceaes bryales bryaleses bryanthus bryanthuses bryas bryonies
bryony bryophyta bryophytas bryophyte bryophytes bryopsida bryopsidas bryozoa bryozoan bryozoans
bryozoas bryum bryums btu btus bubalus bubaluses bubble bubblejet bubblejets bubbler bubblers
bubbles bubblies bubulcus bubulcuses buccaneer buccaneers buccinidae buccinidaes bucconidae
bucconidaes buccula bucculas bucephala bucephalas buceros buceroses bucerotidae bucerotidaes
buchloe buchloes buckaroo buckaroos buckbean buckbeans buckboard buckboards buckeroo buckeroos
bucket bucketful bucketfuls buckets buckeye buckeyes buckler bucklers buckleya buckleyas
buckminsterfullerene buckminsterfullerenes buckrams bucksaw bucksaws buckshot buckshots buckskin
buckskins buckskinses buckthorn buckthorns bucktooth bucktooths buckwheat buckwheats buckyball
buckyballs bucolics bud buddha buddhas buddhist buddhists buddies buddleia buddleias buddy
budgereegah budgereegahs budgerigar budgerigars budgerygah budgerygahs budget budgets budgie
budgies budorcas budorcases buds buff buffalo buffalofish buffalofishes buffalos buffer bufferin
bufferins buffers bufflehead buffleheads buffoon buffoons buffs bufo bufonidae bufonidaes bufos
bug bugaboo bugaboos bugbane bugbanes bugbear bugbears bugger buggers buggies buggy bugle bugler
buglers bugles bugleweed bugleweeds bugloss buglosses bugologist bugologists bugs buhl buhls
builder builders buildings bulb bulbil bulbils bulblet bulblets bulbs bulbul bulbuls bulgarians
bulghur bulghurs bulgur bulgurs bulimics bulkhead bulkheads bull bulla bullace bullaces bullas
bullbat bullbats bullbrier bullbriers bulldog bulldogs bulldozer bulldozers bullet bullethead
bulletheads bullets bullfight bullfighter bullfighters bullfights bullfinch bullfinches bullfrog
bullfrogs bullhead bullheads bullhorn bullhorns bullies bullion bullions bullnose bullnoses
bullock bullocks bullpen bullpens bullring bullrings bullrush bullrushes bulls bullshot
bullshots bullterrier bullterriers bully bullyboy bullyboys bulnesia bulnesias bulrush bulrushes
bulwark bulwarks bum bumblebee bumblebees bumbler bumblers bumboat bumboats bumelia bumelias
bumper bumpers bumpkin bumpkins bums bun buna bunas bunchberries bunchberry bunchgrass
bunchgrasses bung bungalow bungalows bungarus bungaruses bungee bungees bunghole bungholes
bungler bunglers bungs bunk bunker bunkers bunkmate bunkmates bunks bunnies bunny buns bunsen
bunsens bunses buntal buntals bunter bunters bunting buntings bunyaviridae bunyaviridaes
bunyavirus bunyaviruses buphthalmum buphthalmums bur burberries burberry burbot burbots burdock
burdocks bureaucrat bureaucrats buret burets burette burettes burg burger burgers burgess
burgesses burgh burgher burghers burghs burglar burglars burgomaster burgomasters burgoo burgoos
burgrass burgrasses burgrave burgraves burgs burgundies burgundy burhinidae burhinidaes burhinus
burhinuses burin burins burka burkas burl burlap burlaps burls burmannia burmanniaceae
burmanniaceaes burmannias burmeisteria burmeisterias burmeses burner burners burnoose burnooses
burnous burnouse burnouses burnside burnsides burqa burqas burr burrawong burrawongs burrfish
burrfishes burrito burritos burro burros burrow burrows burrs burs bursa bursar bursaries
bursars bursary bursas bursera burseraceae burseraceaes burseras burster bursters burthen
burthens burton burtons burundians burunduki burundukis bus busbar busbars busbies busboy
busboys busby buses bush bushbabies bushbaby bushbuck bushbucks bushel bushels bushes bushing
bushings bushman bushmen bushtit bushtits bushwhacker bushwhackers businessman businessperson
businesspersons businesswoman businesswomen busker buskers buskin buskins busload busloads
busman busmen buspar buspars buspirone buspirones bustard bustards buster busters bustier
bustiers busybodies busybody butacaine butacaines butadiene butadienes butane butanes butanol
butanols butanone butanones butat butats butazolidin butazolidins butcherbird butcherbirds
butcheries butchery butches butea buteas butene butenes buteo buteonines buteos butler butlers
butte butter butterball butterballs butterbean butterbeans butterbur butterburs buttercrunch
buttercrunches buttercup buttercups butterfat butterfats butterfingers butterfingerses
butterfish butterfishes butterflies butterflower butterflowers butterfly butterflyfish
butterflyfishes butteries buttermilk buttermilks butternut butternuts butters butterscotch
butterscotches butterweed butterweeds butterwort butterworts butties buttinskies buttinsky
buttock buttocks buttockses button buttonhole buttonholes buttonhook buttonhooks buttons
buttonwood buttonwoods buttress buttresses buttressing buttressings butty butut bututs butyl
butylene butylenes butyls butyrin butyrins buxaceae buxaceaes buxus buxuses buyer buyers buzzard
buzzards buzzer buzzers bvd bvds bwr bwrs bycatch bycatches byelorussian byelorussians bygone
bygones bypath bypaths byre byres byrnie byrnies byroad byroads byssus byssuses bystander
bystanders byte bytes byway byways byzant byzantines byzants c ca cab cabalist cabalists cabana
cabanas cabaret cabarets cabasset cabassets cabassous cabassouses cabbage cabbages cabbageworm
cabbageworms cabbies cabby cabdriver cabdrivers caber cabernet cabernets cabers cabin cabinet
cabinetmaker cabinetmakers cabinets cabinetwork cabinetworks cabins cabman cabmen cabochon
cabochons cabomba cabombaceae cabombaceaes cabombas caboose cabooses cabriolet cabriolets cabs
cabstand cabstands cacajao cacajaos cacalia cacalias cacao cacaos cacatua cacatuas cachalot
cachalots cache caches cachou cachous cacicus cacicuses cacique caciques cackler cacklers
cacodaemon cacodaemons cacodemon cacodemons cacodyl cacodyls cacomistle cacomistles cacomixle
cacomixles cactaceae cactaceaes cactus cactuses cad cadaver cadaverine cadaverines cadavers
caddie caddies caddisworm caddisworms caddo caddos caddy cadet cadets cadger cadgers cadmium
cadmiums cadmus cadmuses cadra cadras cads caeciliadae caeciliadaes caecilians caeciliidae
caeciliidaes caecum caecums caenolestes caenolesteses caenolestidae caenolestidaes caesalpinia
caesalpiniaceae caesalpiniaceaes caesalpinias caesalpinioideae caesalpinioideaes caesium
caesiums caesura caesuras cafe cafes cafeteria cafeterias caff caffein caffeine caffeines
caffeins caffer caffers caffre caffres caffs caftan caftans cage cager cagers cages cagoule
cagoules cahita cahitas caiman caimen caimitillo caimitillos caimito caimitos cairene cairenes
cairina cairinas cairngorm cairngorms caisson caissons caitiffs caitra caitras cajanus cajanuses
cajun cajuns cakchiquel cakchiquels cake cakehole cakeholes cakes cakile cakiles calaba calabas
calabash calabashes calabazilla calabazillas calabura calaburas caladenia caladenias caladium
caladiums calamagrostis calamagrostises calamari calamaries calamaris calamary calamine
calamines calamint calamintha calaminthas calamints calamus calamuses calan calandrinia
calandrinias calans calanthe calanthes calapooya calapooyas calapuya calapuyas calash calashes
calcaneus calcaneuses calcedonies calcedony calceolaria calceolarias calceus calceuses
calciferol calciferols calcimine calcimines calcite calcites calcitonin calcitonins calcium
calciums calculator calculators calculus calculuses caldera calderas caldron caldrons calean
caleans caleche caleches calendar calendars calender calenders calendula calendulas calf calfs
calfskin calfskins caliche caliches calicos caliculus caliculuses calidris calidrises calif
californian californians californium californiums califs caliper calipers caliph caliphate
caliphates caliphs calisaya calisayas calk calkin calkins calks calla callas caller callers
calliandra calliandras callicebus callicebuses calligrapher calligraphers calligraphist
calligraphists callimorpha callimorphas callinectes callinecteses callionymidae callionymidaes
calliope calliopes calliophis calliophises calliopsis calliopsises calliper callipers calliphora
calliphoras calliphoridae calliphoridaes callirhoe callirhoes callisaurus callisauruses
callistephus callistephuses callithricidae callithricidaes callithrix callithrixes
callitrichaceae callitrichaceaes callitriche callitriches callitris callitrises callophis
callophises callorhinus callorhinuses calluna callunas calocarpum calocarpums calocedrus
calocedruses calochortus calochortuses calomel calomels calophyllum calophyllums calopogon
calopogons calorie calories calorimeter calorimeters calosoma calosomas calostomataceae
calostomataceaes calpac calpack calpacks calpacs caltha calthas caltrop caltrops calumet
calumets calvados calvadoses calvaria calvarias calvatia calvatias calvinists calx calxes
calycanthaceae calycanthaceaes calycanthus calycanthuses calycle calycles calycophyllum
calycophyllums calyculus calyculuses calymmatobacterium calymmatobacteriums calypso calypsos
calypter calypters calyptra calyptras calystegia calystegias calyx calyxes cam camachile
camachiles camail camails camas camases camash camashes camass camasses camassia camassias
cambarus cambaruses cambium cambiums cambodians cambrians cambric cambrics camcorder camcorders
camel camelhair camelhairs camelia camelias camelidae camelidaes camelina camelinas camellia
camellias camelopard camelopards camels camelus cameluses camembert camemberts cameo cameos
camera cameraman cameramen cameras cameroonians camion camions camise camises camisole camisoles
camlet camlets camo camomile camomiles camos camosh camoshes camp campaigner campaigners
campanile campaniles campanula campanulaceae campanulaceaes campanulales campanulaleses
campanulas campeachies campeachy campephilus campephiluses camper campers campground campgrounds
camphor camphors camphorweed camphorweeds campion campions campmate campmates campong campongs
camponotus camponotuses camps campsite campsites campstool campstools camptosorus camptosoruses
campus campuses campyloneurum campyloneurums campylorhynchus campylorhynchuses cams camshaft
camshafts camwood camwoods canaanite canaanites canachites canachiteses canadians canafistola
canafistolas canafistula canafistulas canal canaliculus canaliculuses canals cananga canangas
canangium canangiums canape canapes canarese canareses canaries canavalia canavalias canavanine
canavanines cancerweed cancerweeds cancridae cancridaes candela candelabra candelabras
candelabrum candelabrums candelas candelilla candelillas candida candidas candidate candidates
candies candle candleberries candleberry candlemaker candlemakers candlemas candlemases
candlenut candlenuts candlepin candles candlesnuffer candlesnuffers candlestick candlesticks
candlewick candlewicks candlewood candlewoods candy candyfloss candyflosses candymaker
candymakers candytuft candytufts candyweed candyweeds cane canecutter canecutters canella
canellaceae canellaceaes canellas canes canful canfuls cangue cangues canicule canicules canid
canidae canidaes canids canines caning canings canis canises canistel canistels canister
canisters cankerweed cankerweeds cankerworm cankerworms canna cannabidaceae cannabidaceaes
cannabin cannabins cannabis cannabises cannaceae cannaceaes cannas cannelloni cannellonis
canneries cannery cannibal cannibals cannikin cannikins cannister cannisters cannon cannonball
cannonballs cannoneer cannoneers cannons cannula cannulas canoe canoeist canoeists canoes canola
canolas canonists canopies canopy cantabrigian cantabrigians cantala cantalas cantaloup
cantaloupe cantaloupes cantaloups canteen canteens cantharellus cantharelluses canthus canthuses
cantilever cantilevers cantle cantles canton cantonment cantonments cantons cantor cantors
canuck canucks canvas canvasback canvasbacks canvases canvasser canvassers canyon canyons
canyonside canyonsides caoutchouc caoutchoucs cap capacitor capacitors caparison caparisons cape
capelan capelans capelin capelins capella capellas capercaillie capercaillies capercailzie
capercailzies capes capetians capeweed capeweeds capful capfuls capibara capibaras capillaries
capillary capital capitalists capitals capitates capitation capitations capitol capitols
capitonidae capitonidaes capitulum capitulums capiz capizes caplin caplins capo capon capons
capos capote capoten capotens capotes capparidaceae capparidaceaes capparis capparises
cappelletti cappellettis cappuccino cappuccinos capra capras caprella caprellas capreolus
capreoluses capricorn capricornis capricornises capricorns caprifig caprifigs caprifoliaceae
caprifoliaceaes caprimulgid caprimulgidae caprimulgidaes caprimulgids caprimulgiformes
caprimulgiformeses caprimulgus caprimulguses caproidae caproidaes capromyidae capromyidaes
capros caproses caps capsaicin capsaicins capsella capsellas capsicum capsicums capsid capsidae
capsidaes capsids capstan capstans capsule capsules captain captains captive captives captopril
captoprils captor captors capturer capturers capuchin capuchins capulin capulins capybara
capybaras car carabao carabaos carabidae carabidaes carabineer carabineers carabiner carabiners
carabinier carabiniers caracal caracals caracara caracaras carack caracks caracolito caracolitos
caracul caraculs carafate carafates carafe carafes caragana caraganas carageen carageens
carambola carambolas caramels carancha caranchas caranda carandas caranday carandays carangidae
carangidaes carangids caranx caranxes carapace carapaces carapidae carapidaes carassius
carassiuses carat carats caravansaries caravansary caravanserai caravanserais caraway caraways
carbamate carbamates carbamide carbamides carbide carbides carbine carbineer carbineers carbines
carbohydrate carbohydrates carboloy carboloys carbomycin carbomycins carbon carbonado carbonados
carbonara carbonaras carbonate carbonates carbons carbonyls carborundum carborundums carboxyls
carboy carboys carbuncle carbuncles carburetor carburetors carburettor carburettors carcajou
carcajous carcase carcases carcass carcasses carcharhinidae carcharhinidaes carcharhinus
carcharhinuses carcharias carchariases carchariidae carchariidaes carcharodon carcharodons
carcinogen carcinogens card cardamine cardamines cardamom cardamoms cardamon cardamons cardamum
cardamums cardboard cardboards cardcase cardcases cardcastle cardcastles cardholder cardholders
cardhouse cardhouses cardia cardias cardigan cardigans cardiidae cardiidaes cardinalfish
cardinalfishes cardinalities cardinality cardinals cardiograph cardiographs cardiologist
cardiologists cardiospermum cardiospermums cardium cardiums cardizem cardizems cardoon cardoons
cardroom cardrooms cardsharp cardsharper cardsharpers cardsharps carduelinae carduelinaes
carduelis carduelises cardura carduras carduus carduuses careerist careerists caregiver
caregivers carelian carelians caretaker caretakers caretta carettas carex carexes carfare
carfares carful carfuls cargo cargos carhop carhops cariama cariamas cariamidae cariamidaes
carib caribe caribes caribou caribous caribs carica caricaceae caricaceaes caricas caricaturist
caricaturists carillon carillonneur carillonneurs carillons carina carinas carinates carioca
cariocas carissa carissas carlina carlinas carlovingian carlovingians carmelites carminatives
carnallite carnallites carnations carnauba carnaubas carnegiea carnegieas carnelian carnelians
carnivora carnivoras carnivore carnivores carnosaur carnosaura carnosauras carnosaurs carnotite
carnotites carob carobs caroche caroches caroler carolers carolingians carolinian carolinians
caroller carollers carotene carotenes carotenoid carotenoids carotin carotins carousel carousels
carouser carousers carp carpals carpel carpels carpenter carpenteria carpenterias carpenters
carper carpers carpet carpetbagger carpetbaggers carpetbags carpeting carpetings carpets
carpetweed carpetweeds carphophis carphophises carpinaceae carpinaceaes carpinus carpinuses
carpobrotus carpobrotuses carpocapsa carpocapsas carpodacus carpodacuses carpophore carpophores
carport carports carpospore carpospores carps carpus carpuses carrack carracks carrageen
carrageenan carrageenans carrageenin carrageenins carrageens carragheen carragheens carrefour
carrefours carrel carrell carrells carrels carriage carriages carriageway carriageways carrier
carriers carrion carrions carrizo carrizos carrot carrots carrottop carrottops carrousel
carrousels carryall carryalls carrycot carrycots cars cart carter carters cartesians
carthaginians carthamus carthamuses carthorse carthorses carthusians cartilage cartilages
cartload cartloads cartographer cartographers carton cartonful cartonfuls cartons cartoonist
cartoonists cartouch cartouche cartouches cartridge cartridges cartroad cartroads carts
cartwheel cartwheels cartwright cartwrights carum carums caruncle caruncles caruncula carunculas
carvedilol carvedilols carver carvers carvings carya caryas caryatid caryatids caryocar
caryocaraceae caryocaraceaes caryocars caryophyllaceae caryophyllaceaes caryophyllales
caryophyllaleses caryophyllidae caryophyllidaes caryopsis caryopsises caryota caryotas cas
casaba casabas casanova casanovas casava casavas casbah casbahs cascabel cascabels cascara
cascaras cascarilla cascarillas caseful casefuls casein caseins casement casements casern
caserns caseworker caseworkers caseworm caseworms cash cashbox cashboxes cashcard cashcards
cashes cashew cashews cashier cashiers cashmere cashmeres casings casino casinos cask casket
caskets caskful caskfuls casks casmerodius casmerodiuses caspase caspases casque casques casquet
casquetel casquetels casquets cassareep cassareeps cassava cassavas casserole casseroles
cassette cassettes cassia cassias cassie cassies cassiope cassiopes cassiri cassiris cassiterite
cassiterites cassock cassocks cassowaries cassowary castanea castaneas castanets castanetses
castanopsis castanopsises castanospermum castanospermums castaway castaways caster casters
castilleia castilleias castilleja castillejas castillian castillians castings castle castles
castor castoridae castoridaes castoroides castoroideses castors castrate castrates castrato
castratos casualties casualty casuaridae casuaridaes casuariiformes casuariiformeses casuarina
casuarinaceae casuarinaceaes casuarinales casuarinaleses casuarinas casuarius casuariuses
casuist casuists cat catacala catacalas catacomb catacombs catafalque catafalques cataflam
cataflams catalans catalase catalases cataleptics cataloger catalogers cataloguer cataloguers
catalpa catalpas catalufa catalufas catalyst catalysts catamaran catamarans catamite catamites
catamount catamountain catamountains catamounts catananche catananches cataphract cataphracts
cataphyll cataphylls cataplasm cataplasms catapres catapreses catarrhines catasetum catasetums
catawba catawbas catbird catbirds catboat catboats catbrier catbriers catchall catchalls catcher
catchers catchflies catchfly catchment catchments catchweed catchweeds catclaw catclaws catechin
catechins catechist catechists catecholamine catecholamines catechu catechumen catechumens
catechus caterer caterers caterpillar caterpillars catfish catfishes catgut catguts catha
catharacta catharactas catharanthus catharanthuses cathartes catharteses cathartics cathartid
cathartidae cathartidaes cathartids cathas cathaya cathayas cathedra cathedral cathedrals
cathedras catheter catheters cathode cathodes catholic catholicon catholicons catholicos
catholicoses catholics cathouse cathouses cation cations catkin catkins catling catlings catmint
catmints catnip catnips catoptrophorus catoptrophoruses catostomid catostomidae catostomidaes
catostomids catostomus catostomuses cats catsup catsups cattail cattails cattalo cattalos cattie
catties cattle cattleman cattlemen cattles cattleship cattleships cattleya cattleyas catwalk
catwalks caucasians cauda caudas caudata caudatas caudates caudex caudexes caul cauldron
cauldrons cauliflower cauliflowers caulk caulking caulkings caulks caulophyllum caulophyllums
cauls causeway causeways caustics cauterant cauterants cauteries cautery cavaliers cavalla
cavallas cavalryman cavalrymen cave caveman cavemen cavern caverns caves cavetto cavettos cavia
caviar caviare caviares caviars cavias cavies caviidae caviidaes caviler cavilers caviller
cavillers cavities cavity cavum cavums cavy cay cayenne cayennes cayman caymen cays cayuga
cayugas cayuse cayuses cazique caziques cc ccs cdna cdnas cds cebidae cebidaes cebuan cebuans
cebuella cebuellas cebus cebuses cecidomyidae cecidomyidaes cecropia cecropiaceae cecropiaceaes
cecropias cecum cecums cedar cedarbird cedarbirds cedars cedarwood cedarwoods cedi cedis cedrela
cedrelas cedrus cedruses cefadroxil cefadroxils cefobid cefobids cefoperazone cefoperazones
cefotaxime cefotaximes ceftazidime ceftazidimes ceftin ceftins ceftriaxone ceftriaxones
cefuroxime cefuroximes ceiba ceibas ceibo ceibos ceiling ceilings celandine celandines
celastraceae celastraceaes celastrus celastruses celebrant celebrants celebrater celebraters
celebrator celebrators celebrex celebrexes celebrities celebrity celecoxib celecoxibs celeriac
celeriacs celeries celery celesta celestas celestite celestites celibates cell cellar cellarage
cellarages cellaret cellarets cellars cellblock cellblocks cellist cellists cello cellophane
cellophanes cellos cellphone cellphones cells cellulite cellulites celluloids cellulose
celluloses cellulosic cellulosics celom celoma celomas celoms celosia celosias celt celtis
celtises celts celtuce celtuces cembalo cembalos cement cementite cementites cements cementum
cementums cemeteries cemetery cenchrus cenchruses cenobite cenobites cenotaph cenotaphs censer
censers censor censors cent cental centals centare centares centas centases centaur centaurea
centaureas centauries centaurium centauriums centaurs centaury centavo centavos centenarians
centenaries centennial centennials center centerboard centerboards centerfield centerfielder
centerfielders centerfields centers centesimo centesimos centiliter centiliters centilitre
centilitres centime centimes centimeter centimeters centimetre centimetres centimo centimos
centipede centipedes centner centners centrals centranthus centranthuses centrarchid
centrarchidae centrarchidaes centrarchids centre centreboard centreboards centres centrex
centrexes centriole centrioles centriscidae centriscidaes centrists centrocercus centrocercuses
centroid centroids centrolobium centrolobiums centromere centromeres centropomidae
centropomidaes centropomus centropomuses centropristis centropristises centropus centropuses
centrosema centrosemas centrosome centrosomes centrospermae centrospermaes centrum centrums
cents centunculus centunculuses centuries centurion centurions century ceo ceos cephalanthera
cephalantheras cephalaspid cephalaspida cephalaspidas cephalaspids cephalexin cephalexins
cephalobidae cephalobidaes cephalochordata cephalochordatas cephalochordate cephalochordates
cephaloglycin cephaloglycins cephalopoda cephalopodas cephalopods cephalopterus cephalopteruses
cephaloridine cephaloridines cephalosporin cephalosporins cephalotaceae cephalotaceaes
cephalotaxaceae cephalotaxaceaes cephalotaxus cephalotaxuses cephalothin cephalothins cephalotus
cephalotuses cepphus cepphuses cerambycidae cerambycidaes ceramicist ceramicists ceramist
ceramists cerapteryx cerapteryxes ceras cerases cerastes cerasteses cerastium cerastiums cerate
cerates ceratin ceratins ceratitis ceratitises ceratodontidae ceratodontidaes ceratodus
ceratoduses ceratonia ceratonias ceratopetalum ceratopetalums ceratophyllaceae ceratophyllaceaes
ceratophyllum ceratophyllums ceratopogon ceratopogonidae ceratopogonidaes ceratopogons
ceratopsia ceratopsian ceratopsians ceratopsias ceratopsidae ceratopsidaes ceratopteris
ceratopterises ceratosaur ceratosaurs ceratosaurus ceratosauruses ceratostomataceae
ceratostomataceaes ceratostomella ceratostomellas ceratotherium ceratotheriums ceratozamia
ceratozamias cerberus cerberuses cercaria cercarias cercidiphyllaceae cercidiphyllaceaes
cercidiphyllum cercidiphyllums cercidium cercidiums cercis cercises cercocebus cercocebuses
cercopidae cercopidaes cercopithecidae cercopithecidaes cercopithecus cercopithecuses cercospora
cercosporas cercosporella cercosporellas cere cereals cerebellum cerebellums cerebrum cerebrums
cerecloth cerecloths cerement cerements ceres ceresin ceresins cereus cereuses ceriman cerimen
cerium ceriums cerivastatin cerivastatins cero ceros ceroxylon ceroxylons certhia certhias
certhiidae certhiidaes cerumen cerumens ceruse ceruses cerussite cerussites cervid cervidae
cervidaes cervids cervix cervixes cervus cervuses ceryle ceryles ces cesium cesiums cesspit
cesspits cesspool cesspools cestida cestidae cestidaes cestidas cestoda cestodas cestode
cestodes cestrum cestrums cestum cestums cetacea cetaceans cetaceas cetchup cetchups ceterach
ceteraches cetonia cetonias cetoniidae cetoniidaes cetorhinidae cetorhinidaes cetorhinus
cetorhinuses cetraria cetrarias cetrimide cetrimides cewa cewas ceylonite ceylonites cfc cfcs
cfo cfos cfs cftr cftrs cgs cgses chabasite chabasites chabazite chabazites chablis chablises
chachalaca chachalacas chachka chachkas chacma chacmas chad chadar chadars chaddar chaddars
chadians chadlock chadlocks chador chadors chads chaenactis chaenactises chaenomeles
chaenomeleses chaenopsis chaenopsises chaeta chaetas chaetodipterus chaetodipteruses chaetodon
chaetodons chaetodontidae chaetodontidaes chaetognath chaetognatha chaetognathas chaetognaths
chafeweed chafeweeds chaffinch chaffinches chaffweed chaffweeds chains chainsaw chainsaws
chainses chair chairlift chairlifts chairman chairmen chairperson chairpersons chairs chairwoman
chairwomen chaise chaises chait chaits chaja chajas chalaza chalazas chalcanthite chalcanthites
chalcedonies chalcedony chalcid chalcidae chalcidaes chalcidflies chalcidfly chalcididae
chalcididaes chalcids chalcis chalcises chalcocite chalcocites chalcopyrite chalcopyrites
chalcostigma chalcostigmas chaldaeans chaldeans chaldees chaldron chaldrons chalet chalets
chalice chalices chalk chalkboard chalkboards chalkpit chalkpits chalks chalkstone chalkstones
challah challahs challenger challengers challis challises chalybite chalybites chamaea chamaeas
chamaecrista chamaecristas chamaecyparis chamaecyparises chamaecytisus chamaecytisuses
chamaedaphne chamaedaphnes chamaeleo chamaeleon chamaeleonidae chamaeleonidaes chamaeleons
chamaeleontidae chamaeleontidaes chamaeleos chamaemelum chamaemelums chamber chamberlain
chamberlains chambermaid chambermaids chamberpot chamberpots chambers chambray chambrays
chameleon chameleons chamfer chamfers chamfron chamfrons chammies chammy chamois chamoises
chamomile chamomiles chamosite chamosites champ champagne champagnes champaign champaigns
champion champions champs chanal chanals chanar chanars chancel chancelleries chancellery
chancellor chancellors chancels chandelier chandeliers chandler chandleries chandlers chandlery
chanfron chanfrons changeling changelings changer changers channidae channidaes channukah
channukahs channukkah channukkahs chantarelle chantarelles chanter chanterelle chanterelles
chanters chantries chantry chanukah chanukahs chanukkah chanukkahs chap chapati chapatis
chapatti chapattis chapeau chapeaus chapel chapelgoer chapelgoers chapels chaperon chaperone
chaperones chaperons chapiter chapiters chaplain chaplains chaplet chaplets chapman chapmen
chaps chapterhouse chapterhouses char chara charabanc charabancs characeae characeaes characid
characidae characidaes characids characin characinidae characinidaes characins character
characters charadrii charadriidae charadriidaes charadriiformes charadriiformeses charadriis
charadrius charadriuses charales charaleses charas charcoal charcoals charcuterie charcuteries
chard chardonnay chardonnays chards chargeman chargemen charger chargers charina charinas
chariot charioteer charioteers chariots charlatan charlatans charlock charlocks charlotte
charlottes charmer charmers charnel charnels charolais charolaises charon charons charophyceae
charophyceaes charr charronia charronias charrs chars charterhouse charterhouses chartist
chartists chartreuses charwoman charwomen chaseds chaser chasers chasid chasids chasm chasms
chassid chassids chassis chassises chasuble chasubles chateau chateaubriand chateaubriands
chateaus chatelaine chatelaines chateura chateuras chattel chattels chatterbox chatterboxes
chatterer chatterers chauffeur chauffeurs chauffeuse chauffeuses chaulmoogra chaulmoogras
chaulmugra chaulmugras chauna chaunas chauvinist chauvinists chaw chawbacon chawbacons chaws
cheapjacks cheapskate cheapskates cheater cheaters cheatgrass cheatgrasses chebab chebabs
chechens checkbook checkbooks checker checkerberries checkerberry checkerbloom checkerblooms
checkerboard checkerboards checkpoint checkpoints checkrein checkreins checkroom checkrooms
cheddar cheddars cheek cheekbone cheekbones cheekpiece cheekpieces cheeks cheerer cheerers
cheerleader cheerleaders cheese cheeseboard cheeseboards cheeseburger cheeseburgers cheesecake
cheesecakes cheesecloth cheesecloths cheeseflower cheeseflowers cheesemonger cheesemongers
cheeses cheetah cheetahs cheewink cheewinks chef chefs cheilanthes cheilantheses cheiranthus
cheiranthuses chela chelas chelates chelicera cheliceras chelicerata cheliceratas chelidonium
chelidoniums chelifer chelifers chelone chelones chelonethida chelonethidas chelonia chelonians
chelonias chelonidae chelonidaes cheloniidae cheloniidaes chelydra chelydras chelydridae
chelydridaes chemicals chemise chemises chemist chemists chemoreceptor chemoreceptors chen
chenfish chenfishes chenille chenilles chenopodiaceae chenopodiaceaes chenopodiales
chenopodialeses chenopodium chenopodiums chens cheops cheopses cheque chequebook chequebooks
chequer chequers cheques cheremis cheremises cheremiss cheremisses cherimolla cherimollas
cherimoya cherimoyas chermidae chermidaes cheroot cheroots cherries cherrystone cherrystones
chert cherts cherub cherubs chervil chervils chess chessboard chessboards chesses chessman
chessmen chest chesterfield chesterfields chestnuts chests chetah chetahs chetrum chetrums
chevalier chevaliers cheviot cheviots chevre chevres chevrotain chevrotains chewa chewas chewer
chewers chewink chewinks chianti chiantis chiaroscuro chiaroscuros chiasm chiasma chiasmas
chiasms chicano chicanos chicha chichas chichewa chichewas chichipe chichipes chichis chick
chickadee chickadees chickasaw chickasaws chicken chickenfeed chickenfeeds chickens chickeree
chickerees chickpea chickpeas chicks chickweed chickweeds chicle chicles chicories chicory
chicot chicots chiefs chieftain chieftains chiffon chiffonier chiffoniers chiffons chigetai
chigetais chigger chiggerflower chiggerflowers chiggers chignon chignons chigoe chigoes
chihuahua chihuahuas child childhood childhoods childs chile chileans chiles chili chiliad
chiliads chiliast chiliasts chilis chilli chillies chillis chilomastix chilomastixes
chilomeniscus chilomeniscuses chilomycterus chilomycteruses chilopoda chilopodas chilopsis
chilopsises chiluba chilubas chimaera chimaeras chimaeridae chimaeridaes chimakum chimakums
chimaphila chimaphilas chimariko chimarikos chime chimera chimeras chimes chimney chimneypiece
chimneypieces chimneypot chimneypots chimneys chimneystack chimneystacks chimneysweep
chimneysweeper chimneysweepers chimneysweeps chimonanthus chimonanthuses chimp chimpanzee
chimpanzees chimps chin china chinaberries chinaberry chinaman chinamen chinas chinaware
chinawares chincapin chincapins chinch chincherinchee chincherinchees chinches chinchilla
chinchillas chinchillidae chinchillidaes chinchillon chinchillons chinchona chinchonas chine
chines chink chinkapin chinkapins chinks chino chinoiserie chinoiseries chinos chinquapin
chinquapins chins chintz chintzes chiococca chiococcas chionanthus chionanthuses chip chipboard
chipboards chipewyan chipewyans chipmunk chipmunks chipolata chipolatas chipotle chipotles
chippewa chippewas chipses chirocephalus chirocephaluses chiromancer chiromancers chiron
chironomidae chironomidaes chironomus chironomuses chirons chiropodist chiropodists chiropractor
chiropractors chiroptera chiropteran chiropterans chiropteras chisel chiseler chiselers
chiseller chisellers chisels chislev chislevs chit chitin chitins chitlings chitlingses chitlins
chitlinses chiton chitons chits chittamwood chittamwoods chitterlings chitterlingses chittimwood
chittimwoods chive chives chiveses chlamydera chlamyderas chlamydiaceae chlamydiaceaes
chlamydomonadaceae chlamydomonadaceaes chlamydomonas chlamydomonases chlamydosaurus
chlamydosauruses chlamydospore chlamydospores chlamyphore chlamyphores chlamyphorus
chlamyphoruses chlamys chlamyses chlorambucil chlorambucils chloramine chloramines
chloramphenicol chloramphenicols chloranthaceae chloranthaceaes chloranthus chloranthuses
chlorate chlorates chlordiazepoxide chlordiazepoxides chlorella chlorellas chlorenchyma
chlorenchymas chlorhexidine chlorhexidines chloride chlorides chlorine chlorines chlorinities
chlorinity chloris chlorises chlorite chlorites chloroacetophenone chloroacetophenones
chlorobenzene chlorobenzenes chlorobenzylidenemalononitrile chlorobenzylidenemalononitriles
chlorococcales chlorococcaleses chlorococcum chlorococcums chlorofluorocarbon
chlorofluorocarbons chloroform chloroforms chlorofucin chlorofucins chloromycetin chloromycetins
chlorophis chlorophises chlorophoneus chlorophoneuses chlorophthalmidae chlorophthalmidaes
chlorophyceae chlorophyceaes chlorophyl chlorophyll chlorophylls chlorophyls chlorophyta
chlorophytas chlorophyte chlorophytes chloropicrin chloropicrins chloroplast chloroplasts
chloroprene chloroprenes chloroquine chloroquines chlorothiazide chlorothiazides chloroxylon
chloroxylons chlorpromazine chlorpromazines chlorpyrifos chlorpyrifoses chlortetracycline
chlortetracyclines chlorthalidone chlorthalidones chlorura chloruras choanocyte choanocytes choc
chock chocks chocolate chocolates chocs choctaw choctaws choeronycteris choeronycterises
choirboy choirboys choirmaster choirmasters chokecherries chokecherry chokedamp chokedamps
choker chokers chokey chokeys chokies cholecalciferol cholecalciferols cholecystokinin
cholecystokinins cholesterin cholesterins cholesterol cholesterols choline cholines
cholinesterase cholinesterases cholla chollas choloepus choloepuses chon chondrichthian
chondrichthians chondrichthyes chondrichthyeses chondrin chondrins chondriosome chondriosomes
chondrite chondrites chondrule chondrules chondrus chondruses chons chooser choosers chophouse
chophouses chopine chopines chopsteak chopsteaks chopstick chopsticks choragus choraguses
chordamesoderm chordamesoderms chordata chordatas chordates chordeiles chordeileses
chordomesoderm chordomesoderms chordophone chordophones chordospartium chordospartiums
choreographer choreographers chorine chorines chorioallantois chorioallantoises chorion chorions
choriotis choriotises chorister choristers chorizagrotis chorizagrotises chorizema chorizemas
chorizo chorizos choroid choroids chosens chough choughs chowchow chowchows chowder chowders
chrism chrisms chrisom chrisoms christ christella christellas christians christmas
christmasberries christmasberry christmases christmastide christmastides christmastime
christmastimes christs chromate chromates chromatid chromatids chromatin chromatins chromatogram
chromatograms chrome chromes chromite chromites chromium chromiums chromogen chromogens
chromophore chromophores chromoplast chromoplasts chromosome chromosomes chromosphere
chromospheres chronicler chroniclers chronograph chronographs chronometer chronometers
chronoperates chronoperateses chronoscope chronoscopes chrysalis chrysalises chrysanthemum
chrysanthemums chrysaora chrysaoras chrysarobin chrysarobins chrysemys chrysemyses chrysobalanus
chrysobalanuses chrysoberyl chrysoberyls chrysochloridae chrysochloridaes chrysochloris
chrysochlorises chrysolepis chrysolepises chrysolite chrysolites chrysolophus chrysolophuses
chrysomelid chrysomelidae chrysomelidaes chrysomelids chrysophrys chrysophryses chrysophyceae
chrysophyceaes chrysophyllum chrysophyllums chrysophyta chrysophytas chrysopid chrysopidae
chrysopidaes chrysopids chrysoprase chrysoprases chrysopsis chrysopsises chrysosplenium
chrysospleniums chrysothamnus chrysothamnuses chrysotile chrysotiles chub chubs chuckhole
chuckholes chuckwalla chuckwallas chuddar chuddars chufa chufas chukchi chukchis chukka chukkas
chukker chukkers chum chump chumps chums chunga chungas churchgoer churchgoers churchman
churchmen churchwarden churchwardens churchyard churchyards churidars churidarses churl churls
chute chutes chutney chutneys chutzpanik chutzpaniks chuvash chuvashes chyle chyles chylomicron
chylomicrons chyme chymes chymosin chymosins chytridiaceae chytridiaceaes chytridiales
chytridialeses chytridiomycetes chytridiomyceteses cialis cialises cibotium cibotiums cicada
cicadas cicadellidae cicadellidaes cicadidae cicadidaes cicala cicalas cicer cicero cicerone
cicerones ciceros cicers cichlid cichlidae cichlidaes cichlids cichorium cichoriums cicindelidae
cicindelidaes ciconia ciconias ciconiidae ciconiidaes ciconiiformes ciconiiformeses cicuta
cicutas cider ciderpress ciderpresses ciders cigar cigaret cigarets cigarette cigarettes
cigarfish cigarfishes cigarillo cigarillos cigars cilantro cilantros ciliata ciliatas ciliate
ciliates cilioflagellata cilioflagellatas ciliophora ciliophoran ciliophorans ciliophoras cilium
ciliums cimarron cimarrons cimetidine cimetidines cimex cimexes cimicidae cimicidaes cimicifuga
cimicifugas cinchona cinchonas cinchonine cinchonines cinclidae cinclidaes cinclus cincluses
cincture cinctures cinder cinderella cinderellas cinders cinematographer cinematographers
cineraria cinerarias cinerarium cinerariums cingulum cingulums cinnabars cinnamene cinnamenes
cinnamomum cinnamomums cinnamon cinnamons cinque cinquefoil cinquefoils cinques cipro
ciprofloxacin ciprofloxacins cipros circaea circaeas circaetus circaetuses circassian
circassians circe circes circuit circuitries circuitry circuits circumcision circumcisions cirio
cirios cirque cirques cirrhus cirrhuses cirriped cirripede cirripedes cirripedia cirripedias
cirripeds cirrocumulus cirrocumuluses cirrostratus cirrostratuses cirrus cirruses cirsium
cirsiums cisco ciscos cistaceae cistaceaes cistercian cistercians cistern cisterna cisternas
cisterns cistothorus cistothoruses cistron cistrons cistus cistuses citadel citadels citellus
citelluses citharichthys citharichthyses cither cithern citherns cithers cities citizen citizens
citole citoles citrange citranges citrin citrine citrines citrins citron citroncirus
citronciruses citrons citronwood citronwoods citrulline citrullines citrullus citrulluses citrus
citruses cittern citterns city cive cives civet civets civies civieses civilians civvies
civvieses clabber clabbers cladding claddings cladode cladodes cladonia cladoniaceae
cladoniaceaes cladonias cladophyll cladophylls cladorhyncus cladorhyncuses cladrastis
cladrastises claforan claforans claimant claimants clairvoyants clam clamatores clamatoreses
clambake clambakes clammyweed clammyweeds clams clamses clamshell clamshells clangula clangulas
clansman clansmen clanswoman clanswomen clapboard clapboards clapper clapperboard clapperboards
clappers clapperses clarence clarences claries clarinet clarinetist clarinetists clarinets
clarinettist clarinettists clarions claro claros clary classicist classicists classifier
classifiers classmate classmates classroom classrooms clast clasts clathraceae clathraceaes
clathrus clathruses claustrophobe claustrophobes claustrum claustrums clavariaceae clavariaceaes
claviceps clavicepses clavichord clavichords clavicipitaceae clavicipitaceaes clavicle clavicles
clavier claviers claw clawhammer clawhammers claws claxon claxons clay claymore claymores clays
claystone claystones claytonia claytonias clayware claywares cleaner cleaners cleanerses
cleanser cleansers cleanup cleanups clearings clearstories clearstory clearway clearways
clearweed clearweeds cleat cleats cleatses cleaver cleavers cleaverses cleg clegg cleggs clegs
cleistes cleisteses cleistocarp cleistocarps cleistothecium cleistotheciums clematis clematises
clementine clementines cleome cleomes clepsydra clepsydras clerestories clerestory clergyman
clergymen cleric clericalist clericalists clerics clerid cleridae cleridaes clerids clerk clerks
clethra clethraceae clethraceaes clethras clethrionomys clethrionomyses clevis clevises clews
clewses clianthus clianthuses client clients cliff cliffs cliftonia cliftonias climacteric
climacterics climatologist climatologists climber climbers clingfilm clingfilms clingfish
clingfishes clingstone clingstones clinician clinicians clinid clinidae clinidaes clinids
clinker clinkers clinometer clinometers clinopodium clinopodiums clinoril clinorils clintonia
clintonias clioquinol clioquinols clip clipboard clipboards clipper clippers clips clit
clitocybe clitocybes clitoria clitorias clitoris clitorises clits clivers cliverses cloaca
cloacas cloak cloakmaker cloakmakers cloakroom cloakrooms cloaks cloche cloches clock clocking
clockings clockmaker clockmakers clockses clocksmith clocksmiths clockwork clockworks clodhopper
clodhoppers clofibrate clofibrates cloisonnes cloister cloisters clomid clomids clomiphene
clomiphenes clomipramine clomipramines clone clones clonidine clonidines clorox cloroxes closers
closet closets closeup closeups clostridia clostridias clostridium clostridiums clot clotbur
clotburs cloth clothes clothesbrush clothesbrushes clotheses clotheshorse clotheshorses
clothesline clotheslines clothespin clothespins clothespress clothespresses clothier clothiers
clothing clothings cloths clots cloudberries cloudberry clover cloverleaf cloverleafs cloveroot
cloveroots clovers cloves clown clowns clozapine clozapines clozaril clozarils cls clubhead
clubheads clubhouse clubhouses clubroom clubrooms clumber clumbers clunch clunches clupea
clupeas clupeid clupeidae clupeidaes clupeids clusia clusiaceae clusiaceaes clusias clydesdale
clydesdales clypeus clypeuses cm cms cmv cmvs cnemidophorus cnemidophoruses cnicus cnicuses
cnidaria cnidarian cnidarians cnidarias cnidoscolus cnidoscoluses cnidosporidia cnidosporidias
cns cnses co coach coachbuilder coachbuilders coaches coachman coachmen coachwhip coachwhips
coadjutor coadjutors coagulant coagulants coagulase coagulases coagulator coagulators coagulum
coagulums coal coalbin coalbins coalface coalfaces coalfield coalfields coalhole coalholes
coalman coalmen coalpit coalpits coals coaming coamings coast coaster coasters coastguardsman
coastguardsmen coastland coastlands coastline coastlines coasts coat coatdress coatdresses
coatee coatees coati coatings coatis coatrack coatracks coatroom coatrooms coats coattail
coattails coauthor coauthors coaxer coaxers cob cobalamin cobalamins cobalt cobaltite cobaltites
cobalts cobber cobbers cobble cobbler cobbles cobblestone cobblestones cobia cobias cobitidae
cobitidaes cobnut cobnuts cobra cobras cobs cobweb cobwebs coca cocain cocaine cocaines cocains
cocarboxylase cocarboxylases cocas cocci coccidae coccidaes coccidia coccidias coccidium
coccidiums coccinellidae coccinellidaes coccis coccobacillus coccobacilluses coccoidea
coccoideas coccothraustes coccothrausteses cocculus cocculuses coccus coccuses coccyx coccyxes
coccyzus coccyzuses cochimi cochimis cochin cochineal cochineals cochins cochlea cochlearia
cochlearias cochlearius cochleariuses cochleas cockade cockades cockateel cockateels cockatiel
cockatiels cockatoo cockatoos cockatrice cockatrices cockchafer cockchafers cockcrow cockcrows
cocker cockerel cockerels cockers cockhorse cockhorses cockle cocklebur cockleburr cockleburrs
cockleburs cockles cockleshell cockleshells cockloft cocklofts cockneys cockpit cockpits
cockroach cockroaches cockscomb cockscombs cocksfoot cocksfoots cockspur cockspurs cocksucker
cocksuckers cocktail cocktails coco cocoa cocoanut cocoanuts cocoas cocobolo cocobolos
coconspirator coconspirators coconut coconuts cocoon cocoons cocopa cocopah cocopahs cocopas
cocos cocoses cocoswood cocoswoods cocotte cocottes cocoyam cocoyams cocozelle cocozelles
cocuswood cocuswoods codariocalyx codariocalyxes coddler coddlers codefendant codefendants
codeine codeines coder coders codetalker codetalkers codfish codfishes codger codgers codiaeum
codiaeums codling codlings codon codons codpiece codpieces cods coefficient coefficients
coelacanth coelacanths coelenterata coelenteratas coelenterate coelenterates coelenteron
coelenterons coeloglossum coeloglossums coelogyne coelogynes coelom coeloms coelophysis
coelophysises coelostat coelostats coenobite coenobites coenzyme coenzymes coereba coerebas
coerebidae coerebidaes cofactor cofactors coffea coffeas coffee coffeeberries coffeeberry
coffeecake coffeecakes coffeehouse coffeehouses coffeepot coffeepots coffees coffer cofferdam
cofferdams coffers coffin coffins cofounder cofounders cog cognac cognacs cognates cognoscente
cognoscentes cogs cogwheel cogwheels coho cohoe cohoes cohos cohosh cohoshes cohune cohunes coif
coiffeur coiffeurs coiffeuse coiffeuses coiffure coiffures coifs coign coigne coignes coigns
coigue coigues coin coinage coinages coiner coiners coins coinsurance coinsurances coir coirs
coke cokes col cola colander colanders colaptes colapteses colas colbert colberts colchicaceae
colchicaceaes colchicine colchicines colchicum colchicums coldcream coldcreams cole coleonyx
coleonyxes coleoptera coleopteras coles coleslaw coleslaws coleus coleuses colewort coleworts
colicroot colicroots colinus colinuses coliphage coliphages coliseum coliseums collaborationist
collaborationists collaborator collaborators collage collagen collagenase collagenases collagens
collages collar collarbone collarbones collard collards collardses collars collaterals collation
collations colleague colleagues collectables collectibles collectivists collector collectors
colleen colleens collegian collegians collembola collembolan collembolans collembolas collet
collets collider colliders collie collier collieries colliers colliery collies collimator
collimators collins collinses collinsia collinsias collinsonia collinsonias collocalia
collocalias collodion collodions colloid colloids collyrium collyriums colobus colobuses
colocasia colocasias cologne colognes colombians colon colonel colonels colonialist colonialists
colonials coloniser colonisers colonist colonists colonizer colonizers colonnade colonnades
colonoscope colonoscopes colons colophon colophonies colophons colophony coloradan coloradans
coloradillo coloradillos coloratura coloraturas coloreds colorimeter colorimeters colorings
colorist colorists colorses colossian colossians colossus colossuses colostrum colostrums
colouring colourings colours colourses cols colt coltan coltans colter colters colts coltsfoot
coltsfoots coluber colubers colubrid colubridae colubridaes colubrids colubrina colubrinas
colugo colugos columba columbaries columbarium columbariums columbary columbas columbidae
columbidaes columbiformes columbiformeses columbine columbines columbite columbites columbium
columbiums columbo columbos columnea columneas columnist columnists colutea coluteas
colymbiformes colymbiformeses colza colzas comanche comanches comandra comandras comatula
comatulas comatulid comatulidae comatulidaes comatulids comb combatants comber combers
combretaceae combretaceaes combretum combretums combs combustibles comedian comedians comedienne
comediennes comedo comedos comer comers comestibles comet comets comfit comfits comforter
comforters comfortses comfrey comfreys comics commandant commandants commander commanders
commando commandos commelina commelinaceae commelinaceaes commelinales commelinaleses commelinas
commelinidae commelinidaes commemoratives commencement commencements commensals commentator
commentators commie commies commiphora commiphoras commissar commissariat commissariats
commissaries commissars commissary commissionaire commissionaires commissioner commissioners
commissure commissures committeeman committeemen committeewoman committeewomen commode commodes
commodities commodity commodore commodores commonage commonages commoner commoners commons
commonses commonwealth commonwealths commune communes communicant communicants communicator
communicators communists commutator commutators commuter commuters compacts companion companions
companionway companionways compartment compartments compass compasses compatriot compatriots
compeer compeers compensation compensations compere comperes competitor competitors compiler
compilers complainant complainants complainer complainers complexifier complexifiers complin
compline complines complins composer composers compositae compositaes compositor compositors
compost composts compote compotes compressor compressors compromiser compromisers compsognathus
compsognathuses comptonia comptonias comptroller comptrollers compulsives computer computers
comrade comrades conacaste conacastes conceiver conceivers conceptus conceptuses concertina
concertinas concessionaire concessionaires concessioner concessioners conch concha conchas
conches conchfish conchfishes conchologist conchologists concierge concierges conciliator
conciliators concoction concoctions concrete concretes concubine concubines condensate
condensates condenser condensers condiment condiments condo condom condominium condominiums
condoms condor condors condos conductor conductors conductress conductresses conduit conduits
condyle condyles condylion condylions condylura condyluras cone coneflower coneflowers conenose
conenoses conepatus conepatuses cones conessi conessis conestoga conestogas coney coneys confect
confection confectionaries confectionary confectioner confectioneries confectioners
confectionery confections confects confederates conferee conferees conferrer conferrers conferva
confervas confessional confessionals confessor confessors confetti confettis confidant
confidante confidantes confidants confit confits confiture confitures confluence confluences
confluents conformists confrere confreres confucianist confucianists confucians confuter
confuters conge congee congees congenator congenators congener congenerics congeners conger
congers conges congius congiuses conglomerates congo congoleses congos congou congous congregant
congregants congregationalists congressman congressmen congresswoman congresswomen congridae
congridaes conidiophore conidiophores conidiospore conidiospores conidium conidiums conies
conifer coniferales coniferaleses coniferophyta coniferophytas coniferophytina coniferophytinas
coniferopsida coniferopsidas conifers conilurus coniluruses conima conimas coniogramme
coniogrammes conium coniums conjugate conjugates conjunctiva conjunctivas conjurer conjurers
conjuror conjurors conk conker conkers conks connaraceae connaraceaes connarus connaruses
connecter connecters connecticuter connecticuters connector connectors connochaetes
connochaeteses connoisseur connoisseurs conocarpus conocarpuses conoclinium conocliniums
conodont conodonta conodontas conodontophorida conodontophoridas conodonts conopodium
conopodiums conospermum conospermums conoy conoys conqueror conquerors conquistador
conquistadors conradina conradinas conservationist conservationists conservatives conservativist
conservativists conservatoire conservatoires conservator conservators conserve conserves
conserveses consignee consignees consigner consigners consignment consignments consignor
consignors consolida consolidas consomme consommes conspecifics conspirator conspirators
constable constables constantan constantans constituent constituents constitutionalist
constitutionalists constrictor constrictors constructivist constructivists constructor
constructors consul consulate consulates consuls consultant consultants consumer consumers
consumptives contadino contadinos container containerful containerfuls containers containership
containerships contaminant contaminants contemplatives contender contenders contestant
contestants contestee contestees contester contesters continent continents continuum continuums
conto contopus contopuses contortionist contortionists contos contra contrabandist
contrabandists contrabands contrabass contrabasses contrabassoon contrabassoons contraceptive
contraceptives contractor contractors contrafagotto contrafagottos contrail contrails contralto
contraltos contraption contraptions contrapuntist contrapuntists contrarian contrarians contras
contributor contributors contrivance contrivances contriver contrivers controller controllers
controversialist controversialists conurbation conurbations conuropsis conuropsises
convalescents convallaria convallariaceae convallariaceaes convallarias convector convectors
convener conveners conveniences convenienceses convent conventioneer conventioneers convents
conversationalist conversationalists conversationist conversationists converso conversos
converter converters convertible convertibles convertor convertors conveyancer conveyancers
conveyer conveyers conveyor conveyors convictfish convictfishes convolvulaceae convolvulaceaes
convolvulus convolvuluses cony conyza conyzas cooker cookers cookfire cookfires cookhouse
cookhouses cookie cookies cookout cookouts cookstove cookstoves cookware cookwares cooky coolant
coolants cooler coolers coolie coolies coolwart coolwarts cooly coon coondog coondogs coonhound
coonhounds coons coonskin coonskins coontie coonties coop cooper cooperator cooperators coopers
coops coordinator coordinators coot cooter cooters cootie cooties coots cop copaiba copaibas
copal copaline copalines copalite copalites copals copartner copartners copeck copecks copepod
copepoda copepodas copepods copernicia copernicias copier copiers copilot copilots copings
copolymer copolymers copper copperhead copperheads coppers coppersmith coppersmiths copperware
copperwares copra copras coprinaceae coprinaceaes coprinus coprinuses coprolite coprolites
coprolith coproliths cops copt coptis coptises copts copycat copycats copyhold copyholder
copyholders copyholds copyist copyists copyreader copyreaders copywriter copywriters coquette
coquettes coquille coquilles coracan coracans coracias coraciases coraciidae coraciidaes
coraciiformes coraciiformeses coracle coracles coragyps coragypses corakan corakans coralbells
coralbellses coralberries coralberry corallorhiza corallorhizas coralroot coralroots coralwood
coralwoods coralwort coralworts corbel corbels corbiestep corbiesteps corbina corbinas corchorus
corchoruses cord cordage cordages cordaitaceae cordaitaceaes cordaitales cordaitaleses cordaites
cordaiteses cordarone cordarones cordgrass cordgrasses cordia cordials cordias cordierite
cordierites cordite cordites cordoba cordobas cordovan cordovans cords cordses corduroy
corduroys corduroyses cordwood cordwoods cordylidae cordylidaes cordyline cordylines cordylus
cordyluses coregonidae coregonidaes coregonus coregonuses coreid coreidae coreidaes coreids
coreligionist coreligionists coreopsis coreopsises corer corers corespondent corespondents
corgard corgards corgi corgis coriander corianders coriandrum coriandrums coricidin coricidins
corinthians corium coriums corixa corixas corixidae corixidaes cork corkage corkages corkboard
corkboards corks corkscrew corkscrews corkwood corkwoods corm cormorant cormorants corms corn
cornaceae cornaceaes cornbread cornbreads corncob corncobs corncrake corncrakes corncrib
corncribs cornea corneas cornel cornelian cornelians cornels corner cornerback cornerbacks
corners cornet cornetfish cornetfishes cornetist cornetists cornets corneum corneums cornfield
cornfields cornflour cornflours cornflower cornflowers cornhusk cornhusker cornhuskers cornhusks
cornice cornices cornishman cornishmen cornishwoman cornishwomen cornmeal cornmeals cornpone
cornpones corns cornsilk cornsilks cornsmut cornsmuts cornstalk cornstalks cornstarch
cornstarches cornu cornus cornuses corokia corokias corolla corollas coronal coronals coroner
coroners coronet coronets coronilla coronillas coronion coronions corozo corozos corporal
corporals corporatists corpse corpus corpuscle corpuscles corpuses corral corrals correctives
correspondent correspondents corrida corridas corridor corridors corrie corries corrodentia
corrodentias corrosives corsage corsages corsair corsairs corselet corselets corset corsets
corslet corslets cortaderia cortaderias cortef cortefs cortex cortexes corticium corticiums
corticoid corticoids corticosteroid corticosteroids corticosterone corticosterones
corticotrophin corticotrophins corticotropin corticotropins cortina cortinariaceae
cortinariaceaes cortinarius cortinariuses cortinas cortisol cortisols cortisone cortisones
cortland cortlands corundom corundoms corundum corundums corvette corvettes corvidae corvidaes
corvus corvuses coryanthes coryantheses corydalidae corydalidaes corydalis corydalises corydalus
corydaluses corylaceae corylaceaes corylopsis corylopsises corylus coryluses corymb corymbs
corynebacteriaceae corynebacteriaceaes corynebacterium corynebacteriums corypha coryphaenidae
coryphaenidaes coryphantha coryphanthas coryphas corythosaur corythosaurs corythosaurus
corythosauruses coscoroba coscorobas cosh coshes cosies cosignatories cosigner cosigners cosmea
cosmeas cosmetician cosmeticians cosmetics cosmetologist cosmetologists cosmid cosmids
cosmocampus cosmocampuses cosmographer cosmographers cosmographist cosmographists cosmologist
cosmologists cosmonaut cosmonauts cosmopolitans cosmopolite cosmopolites cosmos cosmoses
cosmotron cosmotrons coss cossack cossacks cosses cost costa costanoan costanoans costas
costermonger costermongers costia costias costmaries costmary costses costume costumer costumers
costumes costumier costumiers costusroot costusroots cot cote cotenant cotenants cotes
cothromboplastin cothromboplastins cotinga cotingas cotingidae cotingidaes cotinus cotinuses
cotoneaster cotoneasters cots cotswold cotswolds cottage cottager cottagers cottages cottar
cottars cotter cotters cottidae cottidaes cottier cottiers cotton cottonmouth cottonmouths
cottons cottonseed cottonseeds cottontail cottontails cottonweed cottonweeds cottonwick
cottonwicks cottonwood cottonwoods cottus cottuses cotula cotulas coturnix coturnixes cotyledon
cotyledons coucal coucals couch couches couchette couchettes coue coues cougar cougars coulisse
coulisses coulomb coulombs coulter coulters coumadin coumadins coumarone coumarones coumarouna
coumarounas councillor councillors councilman councilmen councilwoman councilwomen counsel
counsellor counsellors counselor counselors counsels counter counterbalance counterbalances
counterbore counterbores counterdemonstrator counterdemonstrators counterfeiter counterfeiters
counterfeits counterirritant counterirritants counterman countermen counterpane counterpanes
counterperson counterpersons counterpoise counterpoises counterpoison counterpoisons
counterrevolutionaries counterrevolutionist counterrevolutionists counters countersink
countersinks counterspies counterspy counterstain counterstains countertenors counterterrorists
countertop countertops counterweight counterweights counterwoman counterwomen countess
countesses counties countinghouse countinghouses countryman countrymen countryseat countryseats
countryside countrysides countrywoman countrywomen county coupe coupes coupler couplers couplet
couplets couplings courbaril courbarils courgette courgettes courier couriers courlan courlans
courser coursers courtelle courtelles courtesan courtesans courthouse courthouses courtier
courtiers courtroom courtrooms courtyard courtyards couscous couscouses cousin cousins couturier
couturiers couverture couvertures cove coverage coverages coverall coveralls coverings coverlet
coverlets coves coville covilles cow cowage cowages coward cowards cowbarn cowbarns cowbell
cowbells cowberries cowberry cowbird cowbirds cowboy cowboys cowcatcher cowcatchers cowfish
cowfishes cowgirl cowgirls cowhand cowhands cowherb cowherbs cowherd cowherds cowhide cowhides
cowhouse cowhouses cowl cowlick cowlicks cowling cowlings cowls cowman cowmen cowpea cowpeas
cowpie cowpies cowpoke cowpokes cowpuncher cowpunchers cowrie cowries cowry cows cowses cowshed
cowsheds cowskin cowskins cowslip cowslips cowtown cowtowns cox coxa coxas coxcomb coxcombs
coxes coxsackievirus coxsackieviruses coxswain coxswains coydog coydogs coyol coyols coyote
coyotes coypu coypus cozies cpa cpas cps cpses cpu cpus cr crab crabapple crabapples crabgrass
crabgrasses crabmeat crabmeats cracidae cracidaes cracker crackerberries crackerberry
crackerjack crackerjacks crackers crackleware cracklewares cracklings cracklingses crackpot
crackpots cracksman cracksmen cracticidae cracticidaes cracticus cracticuses cradle cradles
crafter crafters craftsman craftsmen crag crags cragsman cragsmen crake crakes crambe crambes
crammer crammers crampbark crampbarks crampfish crampfishes crampon crampons crampoon crampoons
cran cranberries cranberry cranesbill cranesbills crangon crangonidae crangonidaes crangons
craniata craniatas craniate craniates craniologist craniologists craniometer craniometers
cranium craniums crankcase crankcases cranks crankshaft crankshafts crans crap crapaud crapauds
crape crapes crapper crappers crappie crappies craps crapses crapshooter crapshooters crasher
crashers craspedia craspedias crassostrea crassostreas crassula crassulaceae crassulaceaes
crassulas crataegus crataeguses crate crateful cratefuls crater craters crates crateva cratevas
craton cratons cravat cravats cravens craw crawdad crawdaddies crawdaddy crawdads crawfish
crawfishes crawler crawlers crawlspace crawlspaces craws crax craxes crayfish crayfishes crayon
crayons crazies crazyweed crazyweeds creamcups creamcupses creamer creameries creamers creamery
creashak creashaks creatin creatine creatines creatins creator creators creche creches credenza
credenzas creditor creditors cree creek creeks creel creels creeper creepers crees creese
creeses cremains cremainses crematories crematorium crematoriums crematory crenelation
crenelations crenellation crenellations creoles creosol creosols creosote creosotes crepe crepes
crepis crepises crepuscle crepuscles crepuscule crepuscules crescentia crescentias cresol
cresols cress cresses crest crests cretan cretans cretin cretins cretonne cretonnes crevasse
crevasses crewelwork crewelworks crewet crewets crewman crewmen crex crexes crib cribs
cricetidae cricetidaes cricetus cricetuses cricket cricketer cricketers crickets crier criers
criminal criminals criminologist criminologists crimper crimpers cringle cringles crinion
crinions crinkleroot crinkleroots crinoidea crinoideas crinoids crinoline crinolines criollo
criollos crisps cristal cristals cristobalite cristobalites crith criths critic critics critter
critters crixivan crixivans cro croaker croakers croat croatians croats crocethia crocethias
crochetings crock crockeries crockery crocket crockets crocks crocodile crocodiles crocodilia
crocodilian crocodilians crocodilias crocodilus crocodiluses crocodylia crocodylias crocodylidae
crocodylidaes crocodylus crocodyluses crocolite crocolites crocus crocuses crocuta crocutas
croesus croesuses croft crofter crofters crofts croissant croissants cromlech cromleches
cromorne cromornes cronartium cronartiums crone crones cronies crony crook crookbacks crookneck
crooknecks crooks crooner crooners crop cropper croppers crops croquette croquettes crore crores
cros crossbar crossbars crossbeam crossbeams crossbench crossbencher crossbenchers crossbenches
crossbill crossbills crossbow crossbows crossbreed crossbreeds crosscut crosscuts crosse
crossjack crossjacks crossopterygian crossopterygians crossopterygii crossopterygiis crosspatch
crosspatches crosspiece crosspieces crossroad crosstie crossties crosswalk crosswalks crossway
crotal crotalaria crotalarias crotalidae crotalidaes crotals crotalus crotaluses crotaphion
crotaphions crotaphytus crotaphytuses croton crotonbug crotonbugs crotons crotophaga crotophagas
crottal crottals crottle crottles croupe croupes croupier croupiers crouton croutons crowbait
crowbaits crowbar crowbars crowberries crowberry crowfoot crowfoots crownbeard crownbeards
crownwork crownworks crp crps crs crt crts crucible crucibles crucifer cruciferae cruciferaes
crucifers crucifix crucifixes crud crudes crudites cruditeses cruds cruet cruets cruiser
cruisers cruiserweight cruiserweights cruller crullers crumb crumbs crumhorn crumhorns crumpet
crumpets crupper cruppers crus crusader crusaders cruse cruses crusher crushers crust crustacea
crustaceans crustaceas crusts crutch crutches crybabies crybaby cryocauteries cryocautery
cryogen cryogens cryolite cryolites cryometer cryometers cryoscope cryoscopes cryostat cryostats
crypt cryptacanthodes cryptacanthodeses cryptanalyst cryptanalysts cryptobranchidae
cryptobranchidaes cryptobranchus cryptobranchuses cryptocercidae cryptocercidaes cryptocercus
cryptocercuses cryptocoryne cryptocorynes cryptogam cryptogamia cryptogamias cryptogams
cryptogramma cryptogrammas cryptogrammataceae cryptogrammataceaes cryptographer cryptographers
cryptologist cryptologists cryptomeria cryptomerias cryptomonad cryptomonads cryptophyceae
cryptophyceaes cryptophyta cryptophytas cryptophyte cryptophytes cryptoprocta cryptoproctas
cryptotermes cryptotermeses cryptotis cryptotises crypts crystal crystallite crystallites
crystallographer crystallographers crystals cs cses cst csts ctene ctenes ctenidium ctenidiums
ctenizidae ctenizidaes ctenocephalides ctenocephalideses ctenocephalus ctenocephaluses
ctenophora ctenophoras ctenophore ctenophores cu cub cubans cubbies cubby cubbyhole cubbyholes
cubeb cubebs cubicle cubicles cubists cubit cubitiere cubitieres cubits cubitus cubituses cubs
cuckold cuckolds cuckoo cuckooflower cuckooflowers cuckoopint cuckoopints cuckoos cuculidae
cuculidaes cuculiformes cuculiformeses cuculus cuculuses cucumber cucumbers cucumis cucumises
cucurbit cucurbita cucurbitaceae cucurbitaceaes cucurbitas cucurbits cud cudbear cudbears
cuddies cuddy cudgel cudgels cuds cudweed cudweeds cuff cufflink cufflinks cuffs cuirass
cuirasses cuirassier cuirassiers cuisine cuisines cuisse cuisses cuke cukes cul culcita culcitas
culdoscope culdoscopes culex culexes culicidae culicidaes cullender cullenders cullis cullises
culm culmination culminations culms culotte culottes culprit culprits culs cultist cultists
cultivar cultivars cultivator cultivators culverin culverins culvert culverts cum cumarone
cumarones cumfrey cumfreys cumin cumins cuminum cuminums cummerbund cummerbunds cumquat cumquats
cums cumulonimbus cumulonimbuses cumulus cumuluses cunctator cunctators cuniculus cuniculuses
cunner cunners cunoniaceae cunoniaceaes cunt cunts cuon cuons cup cupbearer cupbearers cupboard
cupboards cupcake cupcakes cupel cupels cupflower cupflowers cupful cupfuls cupola cupolas cuppa
cuppas cupper cuppers cupressaceae cupressaceaes cupressus cupressuses cuprimine cuprimines
cuprite cuprites cupronickel cupronickels cups cupule cupules cur curacao curacaos curacoa
curacoas curandera curanderas curandero curanderos curare curares curassow curassows curate
curates curatives curator curators curb curbings curbs curbside curbsides curbstone curbstones
curculionidae curculionidaes curcuma curcumas curd curds curet curets curette curettes curfew
curfews curie curies curio curios curium curiums curler curlers curlew curlews curmudgeon
curmudgeons currajong currajongs currant currants currawong currawongs currencies currency
currier curriers curries curry currycomb currycombs curs cursor cursorius cursoriuses cursors
curtain curtains curtilage curtilages curtisia curtisias cus cuscus cuscuses cuscuta cuscutas
cushat cushats cushaw cushaws cushionings cusk cusks cusp cuspid cuspidation cuspidations
cuspidor cuspidors cuspids cusps cuss cusses custard custards custodian custodians customer
customers customhouse customhouses customs customses customshouse customshouses cutaway cutaways
cutch cutches cuterebra cuterebras cuterebridae cuterebridaes cuticle cuticles cuticula
cuticulas cutin cutins cutis cutises cutlas cutlases cutlass cutlasses cutlassfish cutlassfishes
cutler cutleries cutlers cutlery cutlet cutlets cutoff cutoffs cutout cutouts cutpurse cutpurses
cutter cutters cutthroats cuttle cuttlefish cuttlefishes cuttles cutwork cutworks cutworm
cutworms cwm cwms cwt cwts cyamopsis cyamopsises cyamus cyamuses cyanamid cyanamide cyanamides
cyanamids cyanide cyanides cyanite cyanites cyanobacteria cyanobacterias cyanocitta cyanocittas
cyanocobalamin cyanocobalamins cyanogen cyanogens cyanohydrin cyanohydrins cyanophyceae
cyanophyceaes cyanophyta cyanophytas cyanuramide cyanuramides cyathea cyatheaceae cyatheaceaes
cyatheas cyberart cyberarts cybercafe cybercafes cybernaut cybernauts cyberpunk cyberpunks
cyberspace cyberspaces cyborg cyborgs cycad cycadaceae cycadaceaes cycadales cycadaleses
cycadofilicales cycadofilicaleses cycadophyta cycadophytas cycadophytina cycadophytinas
cycadopsida cycadopsidas cycads cycas cycases cyclamen cyclamens cycle cycles cycliophora
cycliophoras cyclist cyclists cyclobenzaprine cyclobenzaprines cyclohexanol cyclohexanols
cycloloma cyclolomas cyclooxygenase cyclooxygenases cyclopes cyclopeses cyclophorus
cyclophoruses cyclopropane cyclopropanes cyclops cyclopses cyclopteridae cyclopteridaes
cyclopterus cyclopteruses cyclorama cycloramas cycloserine cycloserines cyclosorus cyclosoruses
cyclosporeae cyclosporeaes cyclostomata cyclostomatas cyclostome cyclostomes cyclostyle
cyclostyles cyclotron cyclotrons cycnoches cycnocheses cyder cyders cydippea cydippeas cydippida
cydippidas cydippidea cydippideas cydonia cydonias cygnet cygnets cygnus cygnuses cylix cylixes
cyma cymas cymatiidae cymatiidaes cymatium cymatiums cymbal cymbalist cymbalists cymbals cymbid
cymbidium cymbidiums cymbids cyme cymene cymenes cymes cymling cymlings cymograph cymographs
cymries cymry cymule cymules cynancum cynancums cynara cynaras cynic cynics cynipidae cynipidaes
cynips cynipses cynocephalidae cynocephalidaes cynocephalus cynocephaluses cynodon cynodons
cynodont cynodontia cynodontias cynodonts cynoglossidae cynoglossidaes cynoglossum cynoglossums
cynomys cynomyses cynopterus cynopteruses cynoscion cynoscions cyon cyons cyperaceae cyperaceaes
cyperus cyperuses cypher cyphers cyphomandra cyphomandras cypraea cypraeas cypraeidae
cypraeidaes cypre cypres cypress cypresses cyprians cyprinidae cyprinidaes cyprinids
cypriniformes cypriniformeses cyprinodont cyprinodontidae cyprinodontidaes cyprinodonts cyprinus
cyprinuses cypriotes cypriots cypripedia cypripedias cypripedium cypripediums cyproheptadine
cyproheptadines cyril cyrilla cyrillas cyrilliaceae cyrilliaceaes cyrils cyrtomium cyrtomiums
cysteine cysteines cystine cystines cystolith cystoliths cystophora cystophoras cystopteris
cystopterises cytidine cytidines cytisus cytisuses cytochrome cytochromes cytogeneticist
cytogeneticists cytokine cytokines cytokinin cytokinins cytol cytologist cytologists cytols
cytolysin cytolysins cytomegalovirus cytomegaloviruses cytomembrane cytomembranes cytophotometer
cytophotometers cytoplasm cytoplasms cytoplast cytoplasts cytosine cytosines cytoskeleton
cytoskeletons cytosmear cytosmears cytosol cytosols cytostome cytostomes cytotoxicities
cytotoxicity cytotoxin cytotoxins czar czarina czarinas czaritza czaritzas czars czeches
czechoslovak czechoslovakians czechoslovaks da dabbler dabblers dabchick dabchicks daboecia
daboecias dace dacelo dacelos daces dacha dachas dachshund dachshunds dachsie dachsies dacite
dacites dacninae dacninaes dacoit dacoits dacron dacrons dacrycarpus dacrycarpuses dacrydium
dacrydiums dacrymyces dacrymyceses dacrymycetaceae dacrymycetaceaes dacryocyst dacryocysts
dacryon dacryons dactylis dactylises dactyloctenium dactylocteniums dactylopiidae dactylopiidaes
dactylopius dactylopiuses dactylopteridae dactylopteridaes dactylopterus dactylopteruses
dactylorhiza dactylorhizas dactyloscopidae dactyloscopidaes dad dada dadas daddies daddy dado
dados dads daemon daemons daffodil daffodils dag dagame dagames dagga daggas dagger daggerboard
daggerboards daggers dago dagos dags daguerreotype daguerreotypes dahl dahlia dahlias dahls
daikon daikons daimon daimons dainties daiquiri daiquiris dairies dairy dairymaid dairymaids
dairyman dairymen dais daises daishiki daishikis daisies daisy daisybush daisybushes dak dakoit
dakoits dakota dakotas daks dal dalasi dalasis dalbergia dalbergias dale dalea daleas dales
dalesman dalesmen dallier dalliers dallisgrass dallisgrasses dalmane dalmanes dalmatians dalo
dalos dals dam dama damageses damaliscus damaliscuses damar damars damas damascenes damasks dame
dames daminozide daminozides dammar dammars damoiselle damoiselles damosel damosels damourite
damourites damozel damozels dampener dampeners damper dampers dams damsel damselfish
damselfishes damselflies damselfly damsels damson damsons danaea danaeas danaid danaidae
danaidaes danaids danaus danauses dancer dancers dandelion dandelions dander danders dandies
dane danes danewort daneworts dangleberries dangleberry daniel daniels danseur danseurs danseuse
danseuses daphne daphnes daphnia daphnias dapsone dapsones daraf darafs dardan dardanian
dardanians dardans daredevils daricon daricons darjeeling darjeelings darkey darkeys darkie
darkies darkroom darkrooms darky darling darlings darlingtonia darlingtonias darmera darmeras
darmstadtium darmstadtiums darnel darnels darner darners dartboard dartboards darter darters
darvon darvons darwinians das dases dashboard dashboards dasheen dasheens dashiki dashikis
dassie dassies dastards dasyatidae dasyatidaes dasyatis dasyatises dasymeter dasymeters
dasypodidae dasypodidaes dasyprocta dasyproctas dasyproctidae dasyproctidaes dasypus dasypuses
dasyure dasyures dasyurid dasyuridae dasyuridaes dasyurids dasyurus dasyuruses dat date dates
datril datrils dats datura daturas daub daubentonia daubentonias daubentoniidae daubentoniidaes
dauber daubers daubs daucus daucuses daughter daughters dauphin dauphins davallia davalliaceae
davalliaceaes davallias davenport davenports daviesia daviesias davit davits daw dawdler
dawdlers dawn dawning dawnings dawns daws day daybed daybeds daybook daybooks dayboy dayboys
daybreak daybreaks daydreamer daydreamers dayflies dayflower dayflowers dayfly daygirl daygirls
daylight daylights daylilies daylily daypro daypros days dayses dayspring daysprings daystar
daystars daytime daytimes db dbs dci dcis ddc ddcs ddi ddis ddt ddts deacon deaconess
deaconesses deacons deadbeat deadbeats deadbolt deadbolts deadeye deadeyes deadhead deadheads
deadlight deadlights deadline deadlines deadwood deadwoods dealer dealers dealfish dealfishes
dean deaneries deanery deans dearest dearests dearie dearies dears deary deathbed deathbeds
deathrate deathrates deathtrap deathtraps deathwatch deathwatches deb debaser debasers debater
debaters debauchee debauchees debaucher debauchers debenture debentures debit debitor debitors
debits debris debrises debs debtor debtors debutante debutantes dec decade decadents decades
decadron decadrons decaf decafs decagram decagrams decal decalcomania decalcomanias decaliter
decaliters decalitre decalitres decals decameter decameters decametre decametres decanter
decanters decapod decapoda decapodas decapods decapterus decapteruses decarboxylase
decarboxylases deceaseds decedent decedents deceiver deceivers december decembers decennaries
decennary decennium decenniums decibel decibels decidua deciduas decigram decigrams deciliter
deciliters decilitre decilitres decimals decimeter decimeters decimetre decimetres decipherer
decipherers deck decker deckers deckhand deckhands deckle deckles decks declarer declarers
declinometer declinometers declivities declivity declomycin declomycins decoagulant decoagulants
decoder decoders decolletage decolletages decongestant decongestants decor decoration
decorations decorator decorators decors decoupage decoupages decoy decoys decs decumaria
decumarias decumaries decumary decussation decussations deductibles deduction deductions deedbox
deedboxes deepfreeze deepfreezes deeps deer deerberries deerberry deerhound deerhounds deers
deerskin deerskins deerstalker deerstalkers defalcation defalcations defalcator defalcators
defamer defamers defaulter defaulters defeatist defeatists defecator defecators defector
defectors defendant defendants defender defenders defibrillator defibrillators defilade
defilades defile defiler defilers defiles deflator deflators deflector deflectors defoliant
defoliants defoliator defoliators defrauder defrauders defroster defrosters degenerates degrader
degraders dehydroretinol dehydroretinols deicer deicers deinocheirus deinocheiruses deinonychus
deinonychuses deipnosophist deipnosophists deists deities deity dejeuner dejeuners dekagram
dekagrams dekaliter dekaliters dekalitre dekalitres dekameter dekameters dekametre dekametres
delairea delaireas delavirdine delavirdines delaware delawarean delawareans delawares delawarian
delawarians delayer delayers delf delfs delft delfts deli delicatessen delicatessens delichon
delichons deliciouses delilah delilahs delimitation delimitations delinquencies delinquency
delinquents delis deliverables deliverer deliverers deliveryman deliverymen dell dells delonix
delonixes delphinapterus delphinapteruses delphinidae delphinidaes delphinium delphiniums
delphinus delphinuses delta deltas deltasone deltasones deltoid deltoids deluge deluges demagog
demagogs demagogue demagogues demander demanders demantoid demantoids demarcation demarcations
dematiaceae dematiaceaes demerara demeraras demerol demerols demesne demesnes demiglace
demiglaces demigod demigods demijohn demijohns demimondaine demimondaines demise demises
demister demisters demitasse demitasses demiurge demiurges democrat democrats demodulator
demodulators demographer demographers demographist demographists demoiselle demoiselles demon
demoniacs demons demonstrator demonstrators demulcents demulen demulens demurrage demurrages den
denaturant denaturants dendranthema dendranthemas dendraspis dendraspises dendrite dendrites
dendroaspis dendroaspises dendrobium dendrobiums dendrocalamus dendrocalamuses dendrocolaptes
dendrocolapteses dendrocolaptidae dendrocolaptidaes dendroctonus dendroctonuses dendroica
dendroicas dendrolagus dendrolaguses dendromecon dendromecons denier deniers denim denims
denisonia denisonias denizen denizens dennstaedtia dennstaedtiaceae dennstaedtiaceaes
dennstaedtias denominator denominators dens densimeter densimeters densitometer densitometers
dentaria dentarias denticle denticles dentifrice dentifrices dentin dentine dentines dentins
dentist dentists denture dentures denturist denturists deodar deodars deodorant deodorants
deodourant deodourants deoxyadenosine deoxyadenosines deoxycytidine deoxycytidines
deoxyephedrine deoxyephedrines deoxyguanosine deoxyguanosines deoxyribose deoxyriboses
deoxythymidine deoxythymidines deparia deparias departeds departer departers dependants
dependents depilator depilatories depilators depokene depokenes deponent deponents deportee
deportees deposer deposers depositaries depositary depositor depositories depositors depository
depot depots depreciator depreciators depressants depressive depressives depressor depressors
deputies deputy derbies derby derelicts derivation derivations derma dermacentor dermacentors
dermaptera dermapteras dermas dermatobia dermatobias dermatologist dermatologists dermatome
dermatomes dermestidae dermestidaes dermis dermises dermochelyidae dermochelyidaes dermochelys
dermochelyses dermoptera dermopteras derrick derricks derriere derrieres derringer derringers
derris derrises derv dervish dervishes dervs des descendant descendent descendents descender
descenders descurainia descurainias deserter deserters deses desiccant desiccants desideratum
desideratums designer designers desipramine desipramines desk deskman deskmen desks desktop
desktops desmanthus desmanthuses desmid desmidiaceae desmidiaceaes desmidium desmidiums desmids
desmodium desmodiums desmodontidae desmodontidaes desmodus desmoduses desmograthus
desmograthuses desperado desperados desperates despoiler despoilers despot despots dessert
desserts dessertspoon dessertspoonful dessertspoonfuls dessertspoons dessiatine dessiatines
destination destinations destroyer destroyers desyrel desyrels detainee detainees detective
detectives detector detectors detent detents detergent detergents determinist determinists
detonator detonators detour detours detox detoxes detractor detractors detritus detrituses
deuterium deuteriums deuteromycetes deuteromyceteses deuteromycota deuteromycotas
deuteromycotina deuteromycotinas deuteron deuterons deutschmark deutschmarks deutzia deutzias
developer developers deviants deviationist deviationists device devil devilfish devilfishes
devils devilwood devilwoods devisee deviser devisers devisor devisors devon devons devotee
devourer devourers dew dewar dewars dewberries dewberry dewlap dewlaps dews dexamethasone
dexamethasones dexedrine dexedrines dexone dexones dextrin dextrins dextroglucose dextroglucoses
dextrose dextroses dg dgs dhak dhaks dhal dhals dharma dharmas dhava dhavas dhawa dhawas dhegiha
dhegihas dhole dholes dhoti dhotis dhow dhows diabeta diabetas diabetic diabetics diabolist
diabolists diacalpa diacalpas diacetylmorphine diacetylmorphines diadem diadems diadophis
diadophises diaglyph diaglyphs diagnostician diagnosticians diagram diagrams dialectician
dialecticians dialeurodes dialeurodeses dialyzer dialyzers diamagnet diamagnets diamante
diamantes diamine diamines diamond diamondback diamondbacks diamonds dianthus dianthuses
diapason diapasons diapensia diapensiaceae diapensiaceaes diapensiales diapensialeses diapensias
diaper diapers diapheromera diapheromeras diaphone diaphones diaphoretics diaphragm diaphragms
diaphysis diaphysises diapir diapirs diapsid diapsida diapsidas diapsids diarist diarists
diarthrosis diarthrosises diaspididae diaspididaes diastema diastemas diatom diatomite
diatomites diatomophyceae diatomophyceaes diatoms diazepam diazepams diazonium diazoniums
diazoxide diazoxides dibber dibbers dibble dibbles dibbuk dibbuks dibranch dibranches dibranchia
dibranchias dibranchiata dibranchiatas dibranchiate dibranchiates dibucaine dibucaines
dicamptodon dicamptodons dicamptodontid dicamptodontidae dicamptodontidaes dicamptodontids dice
dicentra dicentras dicer diceros diceroses dicers dices dichloride dichlorides
dichlorodiphenyltrichloroethane dichlorodiphenyltrichloroethanes dichloromethane
dichloromethanes dichondra dichondras dichromat dichromate dichromates dichromats dick
dickeybird dickeybirds dickeys dickhead dickheads dickie dickies dicks dicksonia dicksoniaceae
dicksoniaceaes dicksonias dickybird dickybirds dicloxacillin dicloxacillins dicot dicots
dicotyledon dicotyledonae dicotyledonaes dicotyledones dicotyledoneses dicotyledons dicoumarol
dicoumarols dicranaceae dicranaceaes dicranales dicranaleses dicranopteris dicranopterises
dicranum dicranums dicrostonyx dicrostonyxes dictamnus dictamnuses dictaphone dictaphones
dictator dictators dictostylium dictostyliums dictyophera dictyopheras dictyoptera dictyopteras
dictyosome dictyosomes dicumarol dicumarols dicynodont dicynodontia dicynodontias dicynodonts
didanosine didanosines diddley diddleys diddlies diddly diddlyshit diddlyshits diddlysquat
diddlysquats didelphidae didelphidaes didelphis didelphises dideoxycytosine dideoxycytosines
dideoxyinosine dideoxyinosines dieffenbachia dieffenbachias diegueno dieguenos diehard diehards
dielectric dielectrics diemaker diemakers diencephalon diencephalons diervilla diervillas diesel
diesels diesinker diesinkers diestock diestocks diet dietaries dieter dieters diethylmalonylurea
diethylmalonylureas diethylstilbesterol diethylstilbesterols diethylstilbestrol
diethylstilbestrols diethylstilboestrol diethylstilboestrols dietician dieticians dietitian
dietitians diets differentiator differentiators difflugia difflugias diffuser diffusers diffusor
diffusors diflunisal diflunisals digester digesters digestives digger diggers diggings
diggingses digit digitalin digitalins digitalis digitalises digitaria digitarias digitigrades
digitiser digitisers digitizer digitizers digitoxin digitoxins digits dignitaries dignitary
digoxin digoxins digses dihybrid dihybrids dihydrostreptomycin dihydrostreptomycins
dihydroxyphenylalanine dihydroxyphenylalanines dika dikas dike dikes dilantin dilantins dilater
dilaters dilator dilators dilaudid dilaudids dildo dildos dilettantes dill dillenia dilleniaceae
dilleniaceaes dillenias dilleniidae dilleniidaes dills dillydallier dillydalliers diltiazem
diltiazems diluent diluents dilutant dilutants dilution dilutions dime dimenhydrinate
dimenhydrinates dimer dimers dimes dimetane dimetanes dimetapp dimetapps dimethylglyoxime
dimethylglyoximes dimetrodon dimetrodons dimities dimity dimmer dimmers dimocarpus dimocarpuses
dimorphotheca dimorphothecas dimple dimples dimwit dimwits dinar dinars diner dinero dineros
diners dinette dinettes dingbat dingbats dinghies dinghy dingle dingles dingo dingos dinkey
dinkeys dinkies dinner dinners dinnertime dinnertimes dinnerware dinnerwares dinoceras
dinocerases dinocerata dinoceratas dinocerate dinocerates dinoflagellata dinoflagellatas
dinoflagellate dinoflagellates dinornis dinornises dinornithidae dinornithidaes dinornithiformes
dinornithiformeses dinosaur dinosaurs diocesans diocese dioceses diode diodes diodon diodons
diodontidae diodontidaes diol diols diomedeidae diomedeidaes dionaea dionaeas dioon dioons
diopter diopters dioptre dioptres diorama dioramas diorite diorites dioscorea dioscoreaceae
dioscoreaceaes dioscoreas diospyros diospyroses diovan diovans dioxide dioxides dioxin dioxins
diphenhydramine diphenhydramines diphenylhydantoin diphenylhydantoins diphylla diphyllas
dipladenia dipladenias diplococcus diplococcuses diplodocus diplodocuses diploids diplomat
diplomate diplomates diplomatist diplomatists diplomats diplopoda diplopodas diplopterygium
diplopterygiums diplotaxis diplotaxises dipnoi dipnois dipodidae dipodidaes dipodomys
dipodomyses dipogon dipogons dipole dipoles dipper dipsacaceae dipsacaceaes dipsacus dipsacuses
dipsomaniac dipsomaniacs dipsosaurus dipsosauruses dipstick dipsticks diptera dipteran dipterans
dipteras dipterocarp dipterocarpaceae dipterocarpaceaes dipterocarps dipteron dipteronia
dipteronias dipterons dipteryx dipteryxes diptych diptyches dipus dipuses dirca dircas direction
directions director directors dirham dirhams dirigibles dirk dirks dirndl dirndls dirt dirts
disa disaccharidase disaccharidases disaccharide disaccharides disarmer disarmers disas
disbeliever disbelievers disbursal disbursals disbursement disbursements disburser disbursers
disc discina discinas disciple disciples disciplinarian disciplinarians discocephali
discocephalis discoglossidae discoglossidaes discomycete discomycetes discomyceteses discotheque
discotheques discounter discounters discoverer discoverers discriminator discriminators discs
discussant discussants disentangler disentanglers dish dishcloth dishcloths dishes dishful
dishfuls dishpan dishpans dishrag dishrags dishtowel dishtowels dishware dishwares dishwasher
dishwashers dishwater dishwaters disinfectants diskette diskettes disparager disparagers
dispatcher dispatchers dispensaries dispensary dispenser dispensers disposables disprover
disprovers disputant disputants dissembler dissemblers disseminator disseminators dissenter
dissenters dissidents dissimulator dissimulators dissolvent dissolvents dissolver dissolvers
distich distiches distillate distillates distiller distilleries distillers distillery
distortionist distortionists distributaries distributary distributer distributers distributor
distributors district districts disturber disturbers disulfiram disulfirams dita ditas ditch
ditches ditchmoss ditchmosses dittanies dittany diuretic diuretics diuril diurils diva divan
divans divas dive diver diversionist diversionists dives dividend dividends divider dividers
diviner diviners divines divinities divinity divisor divisors divorcee divot divots divvies
divvy dixie dixies dj djiboutians djinn djinni djinnies djinnis djinns djinny djs dkg dkgs dkl
dkls dkm dkms dl dls dmz dmzes dna dnas dobbin dobbins doberman dobermen dobra dobras dobson
dobsonflies dobsonfly dobsons doc docent docents dock dockage dockages docker dockers dockhand
dockhands docks dockside docksides dockworker dockworkers dockyard dockyards docs doctor
doctorfish doctorfishes doctors doctrinaires dodder dodderer dodderers dodders dodgem dodgems
dodger dodgers dodo dodonaea dodonaeas dodos doer doers doeskin doeskins dog dogbane dogbanes
dogcart dogcarts doge dogfighter dogfighters dogfish dogfishes doggie doggies doggy doghouse
doghouses dogie dogies dogmatist dogmatists dogs dogsbodies dogsbody dogsled dogsleds dogtooth
dogtooths dogwatch dogwatches dogwood dogwoods dogy doilies doily dol dole doles
dolichocephalics dolichonyx dolichonyxes dolichos dolichoses dolichotis dolichotises doliolidae
doliolidaes doliolum doliolums doll dollar dollarfish dollarfishes dollars dollhouse dollhouses
dollies dollop dollops dolls dolly dolman dolmas dolmases dolmen dolmens dolobid dolobids
dolomite dolomites dolphin dolphinfish dolphinfishes dolphins dols dolt dolts domatium domatiums
dombeya dombeyas domestics domicile domiciles domiciliation domiciliations dominatrix
dominatrixes domine dominee dominees domines dominicans dominick dominicks dominicus dominicuses
dominie dominies dominique dominiques domino dominus dominuses donation donations donatists
donee donees dong dongle dongles dongs donjon donjons donna donnas donor donors donut donuts
doob doobs doodad doodads doodia doodias doodle doodlebug doodlebugs doodles doofus doofuses
doohickey doohickeys doojigger doojiggers doomsday doomsdays door doorbell doorbells doorcase
doorcases doorframe doorframes doorhandle doorhandles doorjamb doorjambs doorkeeper doorkeepers
doorknob doorknobs doorknocker doorknockers doorlock doorlocks doorman doormat doormats doormen
doornail doornails doorplate doorplates doorpost doorposts doors doorsill doorsills doorstep
doorsteps doorstop doorstopper doorstoppers doorstops doorway doorways dooryard dooryards dopa
dopamine dopamines dopas dopastat dopastats dope dopes doppelganger doppelgangers doppelzentner
doppelzentners dorbeetle dorbeetles dorians doriden doridens dories dork dorking dorkings dorks
dorm dormer dormers dormition dormitions dormitories dormitory dormouse dormouses dorms
doronicum doronicums dorotheanthus dorotheanthuses dorsum dorsums dory dorylinae dorylinaes
doryopteris doryopterises dosage dosages dose dosemeter dosemeters dosimeter dosimeters dossal
dossals dossel dossels dosser dossers dosshouse dosshouses dotage dotages dotard dotards dotrel
dotrels dotterel dotterels dottle dottles doubler doublers doublet doubleton doubletons
doubletree doubletrees doublets doubloon doubloons doubter doubters douche douches dough
doughboy doughboys doughs doula doulas doura dourah dourahs douras douroucouli douroucoulis
dovecote dovecotes dovekie dovekies doves dovyalis dovyalises dowager dowagers dowdies dowel
dowels dower doweries dowers dowery dowitcher dowitchers downcasts downer downers downhills
downslope downslopes downstages downtime downtimes downtowns dowries dowry dowser dowsers
doxazosin doxazosins doxepin doxepins doxies doxorubicin doxorubicins doxy doxycycline
doxycyclines doyen doyenne doyennes doyens doyley doyleys doylies doyly dozen dozens dozenses
dozer dozers dp dps draba drabas dracaena dracaenaceae dracaenaceaes dracaenas dracenaceae
dracenaceaes drachm drachma drachmas drachms draco dracocephalum dracocephalums dracontium
dracontiums dracos dracula draculas dracunculidae dracunculidaes dracunculus dracunculuses
draftee draftees drafter drafters draftsman draftsmen draftsperson draftspersons dragee dragees
dragger draggers dragoman dragomen dragon dragonet dragonets dragonflies dragonfly dragonhead
dragonheads dragons dragoon dragoons dragunov dragunovs drainboard drainboards drainpipe
drainpipes drainplug drainplugs drake drakes dram dramamine dramamines dramatist dramatists
drambuie drambuies drams draper draperies drapers drapery draught draughtsman draughtsmen
dravidian dravidians drawbar drawbars drawbridge drawbridges drawee drawees drawer drawers
drawerses drawknife drawknifes drawler drawlers drawnwork drawnworks drawshave drawshaves
drawstring drawstrings dray drayhorse drayhorses drays dreadlock dreadlocks dreadnaught
dreadnaughts dreadnought dreadnoughts dreamer dreamers dreck drecks dredge dredger dredgers
dredges dreg dregs dregses dreissena dreissenas drepanididae drepanididaes drepanis drepanises
dresser dressers dressings dressmaker dressmakers drey dreys drib dribbler dribblers driblet
driblets dribs drier driers drifter drifters driftfish driftfishes driftwood driftwoods drimys
drimyses drinkables drinker drinkers drippings drippingses dripstone dripstones driveller
drivellers driver drivers driveshaft driveshafts driveway driveways drixoral drixorals
dromaeosaur dromaeosauridae dromaeosauridaes dromaeosaurs dromaius dromaiuses drome dromedaries
dromedary dromes dronabinol dronabinols drone drones drooler droolers dropkicker dropkickers
droplet droplets dropout dropouts dropper droppers droppings droppingses dropseed dropseeds
drosera droseraceae droseraceaes droseras droshkies droshky droskies drosky drosophila
drosophilas drosophilidae drosophilidaes drosophyllum drosophyllums dross drosses drouth drouths
drover drovers drudge drudges drug drugget druggets druggist druggists drugs drugstore
drugstores druid druids drum drumbeater drumbeaters drumfish drumfishes drumhead drumheads
drumlin drumlins drummer drummers drums drumstick drumsticks drunkard drunkards drunks drupe
drupelet drupelets drupes druse druses druze druzes dryad dryadella dryadellas dryads dryas
dryases drydock drydocks dryer dryers drygoods drygoodses drymarchon drymarchons drymoglossum
drymoglossums drynaria drynarias dryopithecine dryopithecines dryopithecus dryopithecuses
dryopteridaceae dryopteridaceaes dryopteris dryopterises drypis drypises drywall drywalls ds
dscdna dscdnas dses dsl dsls duad duads dualist dualists dubbin dubbing dubbings dubbins
dubliner dubliners dubnium dubniums dubonnet dubonnets ducat ducats duce duces duchess duchesses
duchies duchy duckbills duckboard duckboards duckies duckling ducklings duckpin duckweed
duckweeds ducky duct ducts ductule ductules ductulus ductuluses dude dudeen dudeens dudes duds
dudses dueler duelers duelist duelists dueller duellers duellist duellists duenna duennas duet
duets duff duffel duffels duffer duffers duffle duffles duffs dugong dugongidae dugongidaes
dugongs dugout dugouts dugs duke dukes dulciana dulcianas dulcimer dulcimers dulcinea dulcineas
dullard dullards dulse dulses dumbass dumbasses dumbbell dumbbells dumbwaiter dumbwaiters dumdum
dumdums dumetella dumetellas dummies dumpcart dumpcarts dumper dumpers dumpling dumplings
dumplingses dumpsite dumpsites dumpster dumpsters dun dunce dunces dunderhead dunderheads dune
dunes dung dungaree dungarees dungeon dungeons dungs dunkard dunkards dunker dunlin dunlins
dunnock dunnocks duns duo duodecimals duodenum duodenums duomo duomos duos duplexes duplication
duplications duplicator duplicators duplicidentata duplicidentatas dura durables durableses
durabolin durabolins duralumin duralumins duramen duramens duras duration durations durbar
durbars durham durhams durian durians durio durion durions durios durmast durmasts durra durras
durum durums dusicyon dusicyons dusk dusks dust dustbin dustbins dustcart dustcarts dustcloth
dustcloths dustman dustmen dustmop dustmops dustpan dustpanful dustpanfuls dustpans dustrag
dustrags dusts dutches dutchman dutchmen duvet duvets dvd dvds dweeb dweebs dweller dwellers
dwelling dwellings dy dyad dyads dybbuk dybbuks dyer dyers dyestuff dyestuffs dyeweed dyeweeds
dyewood dyewoods dyings dyke dykes dynamite dynamiter dynamiters dynamites dynamitist
dynamitists dynamo dynamometer dynamometers dynamos dynapen dynapens dynast dynasts dyne dynes
dysdercus dysdercuses dyslectics dyspeptics dysprosium dysprosiums dytiscidae dytiscidaes
dziggetai dziggetais e eacles eacleses eagle eagles eaglet eaglets ear eardrop eardrops eardrum
eardrums earflap earflaps earl earlap earlaps earlobe earlobes earls earmuff earmuffs earner
earners earnests earnings earningses earphone earphones earpiece earpieces earplug earplugs
earreach earreaches earring earrings ears earshot earshots earth earthball earthballs
earthenware earthenwares earthling earthlings earthman earthmen earthnut earthnuts earths
earthstar earthstars earthtongue earthtongues earthwork earthworks earthworm earthworms earwax
earwaxes earwig earwigs easel easels easter easterner easterners easters eastertide eastertides
eatables eatage eatages eater eateries eaters eatery eatses eaves eavesdropper eavesdroppers
eaveses eb ebenaceae ebenaceaes ebenales ebenaleses ebionites ebit ebitda ebitdas ebits eblis
eblises ebonite ebonites eburophyton eburophytons ebv ebvs ecballium ecballiums eccentrics
ecclesiastics ecdysiast ecdysiasts ecf ecfs echeneididae echeneididaes echeneis echeneises
echidna echidnas echidnophaga echidnophagas echinacea echinaceas echinocactus echinocactuses
echinocereus echinocereuses echinochloa echinochloas echinococcus echinococcuses echinoderm
echinodermata echinodermatas echinoderms echinoidea echinoideas echinops echinopses echinus
echinuses echium echiums echocardiograph echocardiographs echoencephalograph echoencephalographs
echogram echograms echovirus echoviruses eclair eclairs eclecticist eclecticists eclectics
ecliptic ecliptics ecologist ecologists econometrician econometricians econometrist
econometrists economiser economisers economist economists economizer economizers ecrevisse
ecrevisses ectoblast ectoblasts ectoderm ectoderms ectomorph ectomorphs ectoparasite
ectoparasites ectopistes ectopisteses ectoplasm ectoplasms ectoproct ectoprocta ectoproctas
ectoprocts ectotherm ectotherms ectozoans ectozoon ectozoons ecuadoran ecuadorans ecuadorians
edam edams edaphosauridae edaphosauridaes edaphosaurus edaphosauruses edda eddas eddo eddos
edecrin edecrins edelweiss edelweisses eden edens edentata edentatas edentates edge edger edgers
edges edgings edibles edifice edifices editor editorialist editorialists editors edmontonia
edmontonias edmontosaurus edmontosauruses edo edos edronax edronaxes eds edses edta edtas
educatee educationalist educationalists educationist educationists educator educators edwardians
eel eelblennies eelblenny eelgrass eelgrasses eelpout eelpouts eels eelworm eelworms effecter
effecters effector effectors effectses effendi effendis efferents effigies effigy efflorescence
efflorescences effluent effluents effluvium effluviums eft efts egalitarians egeria egerias egg
eggar eggars eggbeater eggbeaters eggcup eggcups egger eggers eggfruit eggfruits egghead
eggheads eggnog eggnogs eggplant eggplants eggs eggses eggshake eggshakes eggshell eggshells
eggwhisk eggwhisks egis egises eglantine eglantines egocentrics egoist egoists egomaniac
egomaniacs egotist egotists egret egrets egretta egrettas egyptians egyptologist egyptologists
eib eibit eibits eibs eichhornia eichhornias eider eiderdown eiderdowns eiders eighteens eighter
eighters eighties eightieses eightpence eightpences eights eimeria eimerias eimeriidae
eimeriidaes einstein einsteinium einsteiniums einsteins eira eiras ejaculator ejaculators
ejector ejectors elaeagnaceae elaeagnaceaes elaeagnus elaeagnuses elaeis elaeises elaeocarpaceae
elaeocarpaceaes elaeocarpus elaeocarpuses elagatis elagatises elamite elamites eland elands
elanoides elanoideses elanus elanuses elaphe elaphes elaphure elaphures elaphurus elaphuruses
elapid elapidae elapidaes elapids elasmobranch elasmobranches elasmobranchii elasmobranchiis
elastase elastases elastics elastin elastins elastomer elastomers elastoplast elastoplasts
elater elaterid elateridae elateridaes elaterids elaters elavil elavils elbow elbows eld elder
elderberries elderberry elders eldests elds elecampane elecampanes elector electors electrician
electricians electrics electrocardiograph electrocardiographs electrocutioner electrocutioners
electrode electrodes electrodynamometer electrodynamometers electroencephalograph
electroencephalographs electrograph electrographs electrologist electrologists electrolyte
electrolytes electrolytics electromagnet electromagnets electrometer electrometers
electromyograph electromyographs electron electrons electrophoridae electrophoridaes
electrophorus electrophoruses electroplate electroplater electroplaters electroplates
electroscope electroscopes electrotherapist electrotherapists electrum electrums elegist
elegists elemi elemis eleocharis eleocharises eleotridae eleotridaes elephant elephantidae
elephantidaes elephantopus elephantopuses elephants elephas elephases elettaria elettarias
eleusine eleusines eleutherodactylus eleutherodactyluses elevateds elevator elevators elevens
elf elfs eliminator eliminators elinvar elinvars eliomys eliomyses elitist elitists elixir
elixirs elixophyllin elixophyllins elizabethan elizabethans elk elkhound elkhounds elks elkwood
elkwoods ell ells ellul elluls elm elms elmwood elmwoods elocutionist elocutionists elodea
elodeas elopidae elopidaes elops elopses elsholtzia elsholtzias elspar elspars eluate eluates
elul eluls elver elvers elvis elvises elymus elymuses elytron elytrons em emanation emanations
emancipationist emancipationists emancipator emancipators embalmer embalmers embankment
embankments embassador embassadors embassies embassy embayment embayments ember emberiza
emberizas emberizidae emberizidaes embers embezzler embezzlers embiodea embiodeas embioptera
embiopteras embiotocidae embiotocidaes emblem emblems embodiment embodiments embolism embolisms
embothrium embothriums embouchure embouchures embrasure embrasures embrocation embrocations
embroiderer embroiderers embroideress embroideresses embryo embryologist embryologists embryos
emcee emcees emeer emeers emerald emeralds emeries emerituses emery emeside emesides emetic
emetics emetrol emetrols emigrant emigrants emigre emigree emigrees emigres emilia emilias emir
emirate emirates emirs emissaries emissary emitter emitters emmanthe emmanthes emmenagogue
emmenagogues emmental emmentaler emmentalers emmentals emmenthal emmenthaler emmenthalers
emmenthals emmer emmers emmet emmets emollients emolument emoluments empennage empennages
emperor emperors empetraceae empetraceaes empetrum empetrums empire empires empiricist
empiricists empirin empirins emplacement emplacements employables employee employees employer
employers emporium emporiums empress empresses emptor emptors empyreans ems emu emulator
emulators emulsifier emulsifiers emulsion emulsions emus emydidae emydidaes en enalapril
enalaprils enamel enamels enamelware enamelwares enamine enamines enantiomer enantiomers
enantiomorph enantiomorphs enarthrosis enarthrosises enates enbrel enbrels encainide encainides
encampment encampments encaustic encaustics encelia encelias enceliopsis enceliopsises
encephalartos encephalartoses encephalon encephalons enchanter enchanters enchantress
enchantresses enchilada enchiladas enclave enclaves enclosure enclosures encolure encolures
encroacher encroachers encyclia encyclias encyclopaedist encyclopaedists encyclopedist
encyclopedists end endameba endamebas endamoeba endamoebas endamoebidae endamoebidaes endive
endives endoblast endoblasts endocardium endocardiums endocarp endocarps endocranium
endocraniums endocrines endocrinologist endocrinologists endoderm endoderms endodontist
endodontists endogen endogens endolymph endolymphs endometrium endometriums endomorph endomorphs
endomycetales endomycetaleses endoneurium endoneuriums endonuclease endonucleases endoparasite
endoparasites endoplasm endoplasms endoprocta endoproctas endorphin endorphins endorser
endorsers endoscope endoscopes endoskeleton endoskeletons endosperm endosperms endospore
endospores endosteum endosteums endothelium endotheliums endotoxin endotoxins endozoans endplate
endplates endpoint endpoints ends energid energids energiser energisers energizer energizers
enflurane enfluranes enforcer enforcers engelmannia engelmannias engine engineer engineers
engineries enginery engines englishman englishmen englishwoman englishwomen engraulidae
engraulidaes engraulis engraulises engraver engravers engravings enhydra enhydras enjoyer
enjoyers enkaid enkaids enkephalin enkephalins enlarger enlargers enlistee enlistees enlistment
enlistments enlivener enliveners ennead enneads enol enologist enologists enols enophile
enophiles enoughs enovid enovids enquirer enquirers enrollee enrollees ens ensete ensetes ensign
ensigns ensilage ensilages ensis ensises entablature entablatures entandrophragma
entandrophragmas entanglement entanglements entelea enteleas entellus entelluses enterics
entericses enterobacteria enterobacteriaceae enterobacteriaceaes enterobacterias enterobius
enterobiuses enteroceptor enteroceptors enterokinase enterokinases enterolith enteroliths
enterolobium enterolobiums enteron enterons enterotoxin enterotoxins enterovirus enteroviruses
enterpriser enterprisers entertainer entertainers enthusiast enthusiasts entires entlebucher
entlebuchers entoblast entoblasts entoderm entoderms entoloma entolomas entolomataceae
entolomataceaes entomion entomions entomologist entomologists entomophthora entomophthoraceae
entomophthoraceaes entomophthorales entomophthoraleses entomophthoras entomostraca entomostracas
entoparasite entoparasites entoproct entoprocta entoproctas entoprocts entozoans entozoon
entozoons entrails entrailses entrance entrances entranceway entranceways entrant entrants
entrecote entrecotes entree entrees entremets entremetses entrenchment entrenchments entrepot
entrepots entrepreneur entrepreneurs entresol entresols entric entrics entryway entryways enuki
enukis enumerator enumerators envelope envelopes environmentalist environmentalists environs
environses envoy envoys enzyme enzymes enzymologist enzymologists eohippus eohippuses eolian
eolians eolith eoliths eon eons eoraptor eoraptors eosin eosinophil eosinophile eosinophiles
eosinophils eosins epacridaceae epacridaceaes epacris epacrises eparch eparches eparchies
eparchy epaulet epaulets epaulette epaulettes epauliere epaulieres epee epees ependyma ependymas
epergne epergnes epha ephah ephahs ephas ephedra ephedraceae ephedraceaes ephedras ephedrine
ephedrines ephemera ephemerals ephemeras ephemerid ephemerida ephemeridae ephemeridaes
ephemeridas ephemerids ephemeron ephemerons ephemeroptera ephemeropteran ephemeropterans
ephemeropteras ephesians ephestia ephestias ephippidae ephippidaes ephippiorhynchus
ephippiorhynchuses epicalyx epicalyxes epicanthus epicanthuses epicardia epicardias epicardium
epicardiums epicarp epicarps epicenes epicenter epicenters epicentre epicentres epicondyle
epicondyles epicranium epicraniums epicure epicureans epicures epidemiologist epidemiologists
epidendron epidendrons epidendrum epidendrums epidermis epidermises epidiascope epidiascopes
epididymis epididymises epigaea epigaeas epigastrium epigastriums epiglottis epiglottises epigon
epigone epigones epigons epilachna epilachnas epilator epilators epileptics epilobium epilobiums
epimedium epimediums epimetheus epimetheuses epinephelus epinepheluses epinephrin epinephrine
epinephrines epinephrins epipactis epipactises epiphyllum epiphyllums epiphysis epiphysises
epiphyte epiphytes epipremnum epipremnums episcia episcias episcopalians episcopate episcopates
episome episomes episperm episperms epistemologist epistemologists epithelium epitheliums
epitope epitopes epizoans epizoon epizoons epoch epoches epoxies epoxy eprom eproms eptatretus
eptatretuses eptesicus eptesicuses equaliser equalisers equalitarian equalitarians equalizer
equalizers equanil equanils equator equatorials equators equerries equerry equestrians equetus
equetuses equid equidae equidaes equids equines equinoctials equinox equinoxes equipage
equipages equipment equipments equisetaceae equisetaceaes equisetales equisetaleses equisetatae
equisetataes equisetum equisetums equities equity equivocator equivocators equus equuses er era
eradicator eradicators eragrostis eragrostises eranthis eranthises eras eraser erasers erbium
erbiums ercilla ercillas eremite eremites erethizon erethizons erethizontidae erethizontidaes
eretmochelys eretmochelyses erg ergocalciferol ergocalciferols ergometer ergometers ergonovine
ergonovines ergosterol ergosterols ergotamine ergotamines ergs erianthus erianthuses erica
ericaceae ericaceaes ericales ericaleses ericas erie eries erigeron erigerons erignathus
erignathuses erinaceidae erinaceidaes erinaceus erinaceuses eringo eringos eriobotrya
eriobotryas eriocaulaceae eriocaulaceaes eriocaulon eriocaulons eriodictyon eriodictyons
eriogonum eriogonums eriophorum eriophorums eriophyllum eriophyllums eriosoma eriosomas eristics
erithacus erithacuses eritreans erlang erlangs ermine ermines ern erne ernes erns erodium
erodiums erolia erolias erotics ers ert erts eruca erucas erwinia erwinias eryngium eryngiums
eryngo eryngos erysimum erysimums erysiphaceae erysiphaceaes erysiphales erysiphaleses erysiphe
erysiphes erythrina erythrinas erythrite erythrites erythroblast erythroblasts erythrocebus
erythrocebuses erythrocin erythrocins erythrocyte erythrocytes erythrocytolysin
erythrocytolysins erythrolysin erythrolysins erythromycin erythromycins erythronium erythroniums
erythropoietin erythropoietins erythroxylaceae erythroxylaceaes erythroxylon erythroxylons
erythroxylum erythroxylums es escalader escaladers escallop escallops escapee escapement
escapements escapist escapists escapologist escapologists escargot escargots escarole escaroles
escarp escarpment escarpments escarps eschalot eschalots eschar eschars eschatologist
eschatologists eschaton eschatons escheat escheats escherichia escherichias eschrichtiidae
eschrichtiidaes eschrichtius eschrichtiuses eschscholtzia eschscholtzias escolar escolars
escritoire escritoires escrow escrows escudo escudos escutcheon escutcheons eses esidrix
esidrixes eskalith eskaliths esker eskers eskimo eskimos esmolol esmolols esocidae esocidaes
esophagoscope esophagoscopes esophagus esophaguses esox esoxes espadrille espadrilles espagnole
espagnoles espalier espaliers esparcet esparcets esplanade esplanades espresso espressos esq
esqs esquimau esquimaus esquire esquires esr esrs essayer essayers essayist essayists esselen
esselens essenes essentials essonite essonites est estaminet estaminets estate estates estazolam
estazolams ester esters esthete esthetes esthetician estheticians estimator estimators estradiol
estradiols estragon estragons estrilda estrildas estriol estriols estrogen estrogens estrone
estrones estronol estronols ests estuaries estuary etagere etageres etamin etamine etamines
etamins etanercept etanercepts etcetera etceteras etcher etchers etchings etd etds eternities
eternity etf etfs ethanal ethanals ethanamide ethanamides ethane ethanediol ethanediols ethanes
ethanoate ethanoates ethanol ethanols ethchlorvynol ethchlorvynols ethene ethenes ether ethernet
ethernets ethers ethician ethicians ethicist ethicists ethiopian ethiopians ethmoid ethmoids
ethnarch ethnarches ethnics ethnographer ethnographers ethnologist ethnologists ethocaine
ethocaines ethologist ethologists ethosuximide ethosuximides ethoxyethane ethoxyethanes ethrane
ethranes ethril ethrils ethyl ethylene ethylenes ethyls ethyne ethynes etiologist etiologists
etna etnas etodolac etodolacs etonian etonians etropus etropuses etruscan etruscans etui etuis
etymologist etymologists eu euarctos euarctoses euascomycetes euascomyceteses eubacteria
eubacteriales eubacterialeses eubacterias eubacterium eubacteriums eubryales eubryaleses
eucalypt eucalypts eucalyptus eucalyptuses eucarya eucaryas eucaryote eucaryotes eucinostomus
eucinostomuses eudaemon eudaemons eudemon eudemons euderma eudermas eudiometer eudiometers
eudyptes eudypteses eugenia eugenias euglena euglenaceae euglenaceaes euglenas euglenid
euglenids euglenoid euglenoids euglenophyceae euglenophyceaes euglenophyta euglenophytas
euglenophyte euglenophytes eukaryote eukaryotes eulogist eulogists eumeces eumeceses eumenes
eumeneses eumetopias eumetopiases eumops eumopses eumycetes eumyceteses eumycota eumycotas
eunectes eunecteses eunuch eunuches euonymus euonymuses eupatorium eupatoriums euphagus
euphaguses euphausiacea euphausiaceas euphonium euphoniums euphorbia euphorbiaceae
euphorbiaceaes euphorbias euphorbium euphorbiums euphoriants euphractus euphractuses euphrosyne
euphrosynes euplectella euplectellas euproctis euproctises eurafricans eurasians eureka eurekas
euro eurocurrencies eurocurrency eurodollar eurodollars euronithopod euronithopoda
euronithopodas euronithopods europeans europium europiums euros eurotiales eurotialeses eurotium
eurotiums euryale euryales euryalida euryalidas eurylaimi eurylaimidae eurylaimidaes eurylaimis
eurypterid eurypterida eurypteridas eurypterids eus eusporangium eusporangiums eustoma eustomas
eutamias eutamiases eutectic eutectics euterpe euterpes eutheria eutherians eutherias euthynnus
euthynnuses ev evacuee evacuees evaluator evaluators evangelist evangelists evaporite evaporites
evaporometer evaporometers eve evenfall evenfalls evening evenings eveningwear eveningwears
evenk evenki evenkis evenks evens evensong evensongs eventide eventides evergreens everlastings
evernia evernias everyman everymen eves evildoer evildoers evolutionist evolutionists evs ewe
ewenki ewenkis ewer ewers ewes exabit exabits exabyte exabytes exacum exacums exaeretodon
exaeretodons examinee examiner examiners exarch exarchate exarchates exarches exbibit exbibits
exbibyte exbibytes excavator excavators excellencies excellency excelsior excelsiors exchanger
exchangers exchequer exchequers exciseman excisemen excitants excogitator excogitators excrement
excrements excreta excretas excursionist excursionists excuser excusers executant executants
executioner executioners executive executives executor executors executrix executrixes exegete
exegetes exerciser exercisers exercycle exercycles exes exhalation exhalations exhibitioner
exhibitioners exhibitionist exhibitionists exhibitor exhibitors existentialist existentialists
exit exits exmoor exmoors exocarp exocarps exocet exocets exocoetidae exocoetidaes exocrines
exocycloida exocycloidas exoderm exoderms exodontist exodontists exogen exogens exon exons
exonuclease exonucleases exopterygota exopterygotas exorciser exorcisers exorcist exorcists
exoskeleton exoskeletons exosphere exospheres exotherm exotherms exotoxin exotoxins
expansivities expansivity expat expatriate expatriates expats expectorant expectorants
expectorator expectorators expender expenders expenditure expenditures expense expenses
experimenter experimenters expert experts expiation expiations expiration expirations expiries
expiry exploiter exploiters explorer explorers explosives exponent exponents exportation
exportations exporter exporters expositor expositors expounder expounders expressionists
expressway expressways expurgator expurgators extension extensions extensor extensors exterior
exteriors exterminator exterminators extern externs exteroceptor exteroceptors extinguisher
extinguishers extoller extollers extortion extortioner extortioners extortionist extortionists
extortions extractor extractors extras extraterrestrials extravasation extravasations extraverts
extremists extremities extremity extremum extremums extroverts exudate exudates exudation
exudations exurbia exurbias exuviae exuviaes eyas eyases eye eyeball eyeballs eyebath eyebaths
eyebrow eyebrows eyecup eyecups eyedrop eyedrops eyeful eyefuls eyeglass eyeglasses eyeglasseses
eyehole eyeholes eyeish eyeishes eyelash eyelashes eyelet eyelets eyelid eyelids eyeliner
eyeliners eyepatch eyepatches eyepiece eyepieces eyeshade eyeshades eyeshadow eyeshadows eyeshot
eyeshots eyetooth eyetooths eyewash eyewashes eyewitness eyewitnesses eyra eyras eyrie eyries
eyrir eyrirs eyry f fabaceae fabaceaes fabiana fabianas fabians fabric fabricator fabricators
fabrics fabulist fabulists facade facades face faceplate faceplates faces facia facials facias
facilitator facilitators facilities facility facings facsimile facsimiles factories factory
factotum factotums faddist faddists fae faecalith faecaliths faeces faeceses faerie faeries
faery faes fag fagaceae fagaceaes fagales fagaleses faggot faggoting faggotings faggots
fagopyrum fagopyrums fagot fagoting fagotings fagots fags fagus faguses faience faiences faille
failles fairground fairgrounds fairies fairlead fairleads fairway fairways fairy fakeer fakeers
faker fakers fakes fakir fakirs falafel falafels falangist falangists falcatifolium
falcatifoliums falchion falchions falco falcon falconer falconers falconidae falconidaes
falconiformes falconiformeses falcons falcos falderol falderols fallal fallals fallboard
fallboards faller fallers fallout fallouts fallows fallses falsie falsies falsifier falsifiers
familiars famotidine famotidines famulus famuluses fan fanaloka fanalokas fanatic fanatics
fancier fanciers fancywork fancyworks fanion fanions fanjet fanjets fanlight fanlights fannies
fanny fans fantail fantails fantasist fantasists fantasm fantasms fantast fantasts fanweed
fanweeds fanwort fanworts faqir faqirs faquir faquirs farad farads farfalle farfalles farina
farinas farkleberries farkleberry farm farmer farmerette farmerettes farmers farmhand farmhands
farmhouse farmhouses farmland farmlands farmplace farmplaces farms farmstead farmsteads farmyard
farmyards farrier farriers farsi farsis farthing farthingale farthingales farthings fascia
fascias fasciculus fasciculuses fasciola fasciolas fasciolidae fasciolidaes fasciolopsis
fasciolopsises fascista fascistas fascists fashionmonger fashionmongers fastener fasteners
fastenings fastnacht fastnachts fatalists fatback fatbacks fathead fatheads father fatherland
fatherlands fathers fathometer fathometers fatigues fatigueses fats fatso fatsos fatties
faubourg faubourgs fauces fauceses faucet faucets fauld faulds faultfinder faultfinders
faultings faun fauns fauntleroy fauntleroys fauteuil fauteuils fauve fauves fauvist fauvists
favourites fawner fawners fax faxes fay fays fe feather featherbed featherbeds featheredge
featheredges featherfoil featherfoils feathers feathertop feathertops featherweight
featherweights feb febrifuge febrifuges februaries february febs fecalith fecaliths feces
feceses fecula feculas fed fedelline fedellines federalist federalists federals federita
federitas fedora fedoras feds fee feedbag feedbags feeder feeders feedlot feedlots feedstock
feedstocks feeler feelers fees feijoa feijoas feist feists felafel felafels feldene feldenes
feldspar feldspars felicia felicias felid felidae felidaes felids felines felis felises fella
fellah fellahs fellas fellata fellatas feller fellers fellies felloe felloes fellow fellows
felly felon felons felspar felspars felts felucca feluccas felwort felworts female females
feminists femoris femorises femtometer femtometers femtometre femtometres femtosecond
femtoseconds femtovolt femtovolts femur femurs fen fence fencer fencers fences fencesitter
fencesitters fencing fencings fender fenders fenestella fenestellas fenestra fenestras fenland
fenlands fennel fennels fenoprofen fenoprofens fens fentanyl fentanyls fenugreek fenugreeks
fenusa fenusas feoff feoffs feosol feosols fergon fergons fergusonite fergusonites feria ferias
fermentologist fermentologists fermi fermion fermions fermis fermium fermiums fern ferns
ferocactus ferocactuses ferret ferrets ferricyanide ferricyanides ferrite ferrites ferritin
ferritins ferrocerium ferroceriums ferroconcrete ferroconcretes ferrocyanide ferrocyanides
ferrule ferrules ferryboat ferryboats ferryman ferrymen fertiliser fertilisers fertilities
fertility fertilizer fertilizers ferule ferules fes fescue fescues fess fesse fesses festival
festivals festoon festooneries festoonery festoons festuca festucas fet feterita feteritas
fetich fetiches fetishist fetishists fetlock fetlocks fetoprotein fetoproteins fetoscope
fetoscopes fets fetter fetterbush fetterbushes fetters fettuccine fettuccines fettuccini
fettuccinis fetus fetuses feudatories feverfew feverfews feverroot feverroots fez fezes fiance
fiancee fiancees fiances fibber fibbers fiber fiberboard fiberboards fiberglass fiberglasses
fibers fiberscope fiberscopes fibre fibreboard fibreboards fibreglass fibreglasses fibres fibril
fibrils fibrin fibrinase fibrinases fibrinogen fibrinogens fibrinolysin fibrinolysins
fibrinopeptide fibrinopeptides fibrins fibroblast fibroblasts fibrocartilage fibrocartilages
fibula fibulas fica ficas fice fices fichu fichus ficus ficuses fiddle fiddlehead fiddleheads
fiddleneck fiddlenecks fiddler fiddlers fiddles fiddlestick fiddlesticks fiduciaries fief
fiefdom fiefdoms fiefs field fielder fielders fieldfare fieldfares fieldhand fieldhands
fieldmouse fieldmouses fields fieldsman fieldsmen fieldstone fieldstones fieldwork fieldworker
fieldworkers fieldworks fiend fiends fife fifes fifteens fifths fifties fiftieses figeater
figeaters fighter fighters figurehead figureheads figurer figurers figurine figurines figwort
figworts fijians filaggrin filaggrins filago filagos filagree filagrees filament filaments
filaree filarees filaria filarias filariidae filariidaes filature filatures filbert filberts
filefish filefishes filer filers filet filets filibuster filibusterer filibusterers filibusters
filicales filicaleses filicide filicides filicinae filicinaes filicopsida filicopsidas filigree
filigrees filipino filipinos fillagree fillagrees fille filler fillers fillet fillets fillies
fillings filly filmmaker filmmakers filoviridae filoviridaes filovirus filoviruses fils filses
filth filths filtrate filtrates filum filums fimbria fimbrias fin finagler finaglers finalist
finalists financeses financier financiers finback finbacks finch finches finder finders fineries
finery fines finger fingerbreadth fingerbreadths fingerflower fingerflowers fingerling
fingerlings fingernail fingernails fingerpaint fingerpaints fingerroot fingerroots fingers
fingerstall fingerstalls fingertip fingertips finial finials finis finises finisher finishers
fink finks finn finnan finnans finns finocchio finocchios fins fiord fiords fipple fipples fir
firearm firearms firebase firebases firebird firebirds fireboat fireboats firebomb firebombs
firebox fireboxes firebrand firebrands firebrat firebrats firebreak firebreaks firebrick
firebricks firebug firebugs fireclay fireclays firecracker firecrackers firedamp firedamps
firedog firedogs firedrake firedrakes firefighter firefighters fireflies firefly fireguard
fireguards firehouse firehouses firelighter firelighters firelock firelocks fireplace fireplaces
fireplug fireplugs fireroom firerooms fireside firesides firestone firestones firethorn
firethorns firetrap firetraps firewater firewaters fireweed fireweeds firewood firewoods
firework fireworks firkin firkins firmament firmaments firmiana firmianas firs firstborns firth
firths fisc fiscs fish fishbone fishbones fisher fisheries fisherman fishermen fishers fishery
fishes fishgig fishgigs fishhook fishhooks fishmonger fishmongers fishnet fishnets fishpaste
fishpastes fishplate fishplates fishpond fishponds fishwife fishwifes fishworm fishworms
fissiped fissipedia fissipedias fissipeds fissurella fissurellas fissurellidae fissurellidaes
fist fistful fistfuls fistmele fistmeles fists fistularia fistularias fistulariidae
fistulariidaes fistulina fistulinaceae fistulinaceaes fistulinas fitch fitches fitment fitments
fitters fivepence fivepences fiver fivers fivesome fivesomes fixative fixatives fixer fixers
fixings fixingses fixture fixtures fizgig fizgigs fizz fizzes fjord fjords flab flabs flack
flacks flacourtia flacourtiaceae flacourtiaceaes flacourtias flag flagellant flagellants
flagellata flagellatas flagellates flagellum flagellums flageolet flageolets flagfish flagfishes
flagon flagons flagpole flagpoles flagroot flagroots flags flagship flagships flagstaff
flagstaffs flagstone flagstones flagyl flagyls flail flails flak flaks flambeau flambeaus
flamboyants flamefish flamefishes flameflower flameflowers flamen flamens flamethrower
flamethrowers flamingo flamingos flammulina flammulinas flan flange flanges flanker flankers
flannel flannelbush flannelbushes flannelette flannelettes flannels flans flapcake flapcakes
flapjack flapjacks flapper flappers flapses flashboard flashboarding flashboardings flashboards
flashbulb flashbulbs flasher flashers flashgun flashguns flashlight flashlights flask flaskful
flaskfuls flasks flatbed flatbeds flatboat flatboats flatbread flatbreads flatbrod flatbrods
flatcar flatcars flatfish flatfishes flatfoot flatfoots flathead flatheads flatiron flatirons
flatlet flatlets flatmate flatmates flats flatses flatterer flatterers flattop flattops flatware
flatwares flatwork flatworks flatworm flatworms flautist flautists flavin flavins flaviviridae
flaviviridaes flavivirus flaviviruses flavone flavones flavonoid flavonoids flavorer flavorers
flavoring flavorings flavourer flavourers flavouring flavourings flax flaxedil flaxedils flaxes
flaxseed flaxseeds flea fleabag fleabags fleabane fleabanes fleapit fleapits fleas fleawort
fleaworts flecainide flecainides fleck flecks fledgelings fledglings fleece fleeces fleer fleers
fleming flemings flesh fleshes flexeril flexerils flexor flexors flibbertigibbet
flibbertigibbets flickertail flickertails flier fliers flieses flimsies flindersia flindersias
flindosa flindosas flindosies flindosy flint flinthead flintheads flintlock flintlocks flints
flintstone flintstones flipper flippers flitch flitches floatplane floatplanes floc floccule
floccules flocs floe floes flogger floggers floodlight floodlights floodplain floodplains floor
floorboard floorboards flooring floorings floors floorwalker floorwalkers floozie floozies
floozy flophouse flophouses floppies floreal floreals florentines floret florets floridian
floridians florin florins florist florists floss flosses flotilla flotillas flotsam flotsams
flour flours flouter flouters flower flowerbed flowerbeds floweret flowerets flowerpot
flowerpots flowers floxuridine floxuridines flue fluegelhorn fluegelhorns flues fluff fluffs
flugelhorn flugelhorns fluid fluidounce fluidounces fluidram fluidrams fluids flume flumes
flummeries flummery flunitrazepan flunitrazepans flunkey flunkeys flunkies flunky fluor
fluorapatite fluorapatites fluorescein fluoresceine fluoresceines fluoresceins fluorescents
fluoride fluorides fluorine fluorines fluorite fluorites fluoroboride fluoroborides fluorocarbon
fluorocarbons fluorochrome fluorochromes fluoroform fluoroforms fluoroscope fluoroscopes
fluorouracil fluorouracils fluors fluorspar fluorspars fluosilicate fluosilicates fluoxetine
fluoxetines fluphenazine fluphenazines flurazepam flurazepams flurbiprofen flurbiprofens flute
flutes fluting flutings flutist flutists fluvastatin fluvastatins flux fluxes fluxmeter
fluxmeters flybridge flybridges flycatcher flycatchers flyover flyovers flypaper flypapers
flyspecks flyswat flyswats flyswatter flyswatters flytrap flytraps flyway flyways flyweight
flyweights flywheel flywheels fo foal foals foam foamflower foamflowers foams fob fobs fodder
fodders foe foeman foemen foeniculum foeniculums foes foetoprotein foetoproteins foetoscope
foetoscopes foetus foetuses fogey fogeys fogies foglamp foglamps fogy foil foils folacin
folacins folate folates folderal folderals foliage foliages folium foliums follicle follicles
follower followup followups fomentation fomentations fomenter fomenters fomes fomeses fomite
fomites fomor fomorian fomorians fomors fondant fondants fondler fondlers fondu fondue fondues
fondus fontanel fontanelle fontanelles fontanels foodie foodies foodstuff foodstuffs fool fools
foot footage footages footballer footballers footbath footbaths footboard footboards footbridge
footbridges footcandle footcandles footer footers footgear footgears foothill foothills foothold
footholds footlights footlightses footlocker footlockers footman footmen footpad footpads
footpath footpaths footplate footplates footrest footrests foots footslogger footsloggers
footstall footstalls footstool footstools footwall footwalls footwear footwears fop fops forage
forager foragers forages foram foramen foramens foraminifer foraminifera foraminiferas
foraminifers forams forbear forbears forcemeat forcemeats forceps forcepses ford fordhooks
fordhookses fords forearm forearms forebear forebears forebrain forebrains forecaster
forecasters forecastle forecastles forecourt forecourts foredeck foredecks foredge foredges
forefather forefathers forefinger forefingers forefoot forefoots forefront forefronts forehead
foreheads foreigner foreigners foreladies forelady foreland forelands foreleg forelegs forelimb
forelimbs forelock forelocks foreman foremast foremasts foremen foremilk foremilks foremother
foremothers forenoon forenoons forepart foreparts forepaw forepaws foreperson forepersons
forequarter forequarters forerunner forerunners fores foresail foresails foreshank foreshanks
foreshore foreshores foreskin foreskins forestage forestages forestay forestays forester
foresters forestiera forestieras foretop foretops forewing forewings forewoman forewomen
forfeiture forfeitures forficula forficulas forficulidae forficulidaes forger forgeries forgers
forgery forgiver forgivers forint forints fork forklift forklifts forks formaldehyde
formaldehydes formalin formalins formalwear formalwears formica formicaries formicariidae
formicariidaes formicarius formicariuses formicary formicas formicidae formicidaes formol
formols formulation formulations fornicator fornicators fornicatress fornicatresses fornix
fornixes forsythia forsythias fort fortaz fortazes forties fortieses fortification
fortifications fortnight fortnights fortress fortresses forts fortunella fortunellas
fortuneteller fortunetellers foryml forymls fos fosamax fosamaxes fosse fosses fossilist
fossilists fossils fosterling fosterlings fothergilla fothergillas fots fotses foulard foulards
foulmart foulmarts foumart foumarts foundling foundlings foundress foundresses foundries foundry
fountain fountains fouquieria fouquieriaceae fouquieriaceaes fouquierias fourpence fourpences
fours fourscores fourteens fovea foveas fowl fowler fowlers fowls fox foxberries foxberry foxes
foxglove foxgloves foxhole foxholes foxhound foxhounds foxtail foxtails foyer foyers fpd fpds fr
fraction fractions fradicin fradicins fragaria fragarias fragment fragments frails fraise
fraises framboise framboises frame framer framers frames franc franciscans francisella
francisellas francium franciums francoa francoas francophil francophile francophiles francophils
francophobe francophobes francs frangipane frangipanes frangipani frangipanis frangipanni
frangipannis frankfurter frankfurters frankincense frankincenses franklin frankliniella
frankliniellas franklins franks frappe frappes frasera fraseras fratercula fraterculas
fratricide fratricides fraxinella fraxinellas fraxinus fraxinuses freak freaks freckle freckles
freebee freebees freebie freebies freebooter freebooters freedman freedmen freedwoman freedwomen
freehold freeholder freeholders freeholds freelancer freelancers freelances freeloader
freeloaders freeman freemason freemasons freemen freesia freesias freestone freestones freetail
freetails freethinker freethinkers freeway freeways freewheel freewheeler freewheelers
freewheels freewoman freewomen freezer freezers fregata fregatas fregatidae fregatidaes freight
freightage freightages freighter freighters freights fremontia fremontias fremontodendron
fremontodendrons frenchman frenchmen frenchwoman frenchwomen freon freons frequence frequences
frequencies frequency frequenter frequenters fresco frescos freshener fresheners fresher
freshers freshman freshmen freshwater freshwaters fretsaw fretsaws fretwork fretworks freudians
fri friar friaries friars friary fricandeau fricandeaus fricassee fricassees friday fridays
fridge fridges friedcake friedcakes friend friends frier friers frieses friesian friesians
frieze friezes frigate frigates frijol frijole frijoles frijolillo frijolillos frijolito
frijolitos frijols frill frills frimaire frimaires fringepod fringepods fringilla fringillas
fringillidae fringillidaes fripperies frippery fris frisbee frisbees frisians fritillaria
fritillarias fritillaries fritillary frittata frittatas fritter fritters frock frocks froelichia
froelichias frog frogbit frogbits frogfish frogfishes froghopper froghoppers frogman frogmen
frogmouth frogmouths frogs frond fronds front frontals frontbencher frontbenchers frontier
frontiers frontiersman frontiersmen frontierswoman frontierswomen frontispiece frontispieces
frontlet frontlets fronts frontstall frontstalls frost frostings frosts frostweed frostweeds
frostwort frostworts froth froths frotteur frotteurs fructidor fructidors fructose fructoses
fruit fruitage fruitages fruitcake fruitcakes fruiterer fruiterers fruitlet fruitlets fruits
fruitwood fruitwoods frumenties frumenty frump frumps fryer fryers frypan frypans fs fsh fshes
ft fthm fthms fts fucaceae fucaceaes fucales fucaleses fuchsia fuchsias fucker fuckers fuckhead
fuckheads fuckup fuckups fucoid fucoids fucus fucuses fudge fudges fuel fuels fugitive fugitives
fugleman fuglemen fugo fugos fugu fugus fuji fujis fula fulah fulahs fulani fulanis fulas fulbe
fulbes fulcrum fulcrums fulgoridae fulgoridaes fulica fulicas fullback fullbacks fuller
fullerene fullerenes fullers fulls fulmar fulmars fulmarus fulmaruses fulvicin fulvicins fumaria
fumariaceae fumariaceaes fumarias fumbler fumblers fumeroot fumeroots fumes fumeses fumewort
fumeworts fumigant fumigants fumigator fumigators fumitories fumitory funambulist funambulists
functionalist functionalists functionaries functionary fund fundamentalists funding fundings
fundraiser fundraisers funds fundses fundulus funduluses fundus funduses funfair funfairs fungi
fungia fungias fungibles fungicide fungicides fungis fungus funguses funicle funicles funiculars
funiculus funiculuses funka funkaceae funkaceaes funkas fur furan furane furanes furans furbelow
furbelows furcula furculas furfural furfuraldehyde furfuraldehydes furfurals furfuran furfurans
furlong furlongs furlough furloughs furnace furnaces furnariidae furnariidaes furnarius
furnariuses furnishings furniture furnitures furosemide furosemides furrier furriers furrow
furrows furs furze furzes fusain fusains fusanus fusanuses fuscoboletinus fuscoboletinuses fusee
fuselage fuselages fusil fusilier fusiliers fusils fusspot fusspots futon futons future futures
futurists futurities futurity fuze fuzee fuzees fuzes fuzz fuzzes g ga gaba gabapentin
gabapentins gabardine gabardines gabas gabbro gabbros gaberdine gaberdines gable gables
gaboneses gabriel gabriels gadaba gadabas gadabout gadabouts gaddi gaddis gadflies gadfly gadget
gadgeteer gadgeteers gadgetries gadgetry gadgets gadidae gadidaes gadiformes gadiformeses gadoid
gadoids gadolinite gadolinites gadolinium gadoliniums gadus gaduses gael gaels gaff gaffer
gaffers gaffs gaffsail gaffsails gage gages gagman gagmen gagster gagsters gagwriter gagwriters
gaillardia gaillardias gainer gainers gait gaiter gaiters gaits gal galactagogue galactagogues
galactose galactoses galago galagos galangal galangals galantine galantines galatian galatians
galax galaxes galbanum galbanums galbulidae galbulidaes galbulus galbuluses galea galeas galega
galegas galena galenas galeocerdo galeocerdos galeopsis galeopsises galeorhinus galeorhinuses
galilaeans galileans galingale galingales galium galiums gallamine gallamines gallant gallants
gallberries gallberry gallbladder gallbladders galleon galleons galleria gallerias galley
galleys gallflies gallfly galliano gallianos galliformes galliformeses gallina gallinacean
gallinaceans gallinago gallinagos gallinas gallinula gallinulas gallinule gallinules gallirallus
galliralluses gallium galliums gallon gallons gallous gallouses galloway galloways gallows
gallowses gallstone gallstones gallus galluses galoot galoots galosh galoshes gals galvaniser
galvanisers galvanizer galvanizers galvanometer galvanometers gamba gambas gambelia gambelias
gambians gambist gambists gambler gamblers gamboge gamboges gambrel gambrels gambusia gambusias
gamebag gamebags gameboard gameboards gamecock gamecocks gamekeeper gamekeepers gametangium
gametangiums gamete gametes gametocyte gametocytes gametoecium gametoeciums gametophore
gametophores gametophyte gametophytes gamin gamine gamines gamins gammon gammons gamp gamps
gander ganders ganef ganefs gangboard gangboards ganger gangers gangliocyte gangliocytes
ganglion ganglions gangplank gangplanks gangsaw gangsaws gangsta gangstas gangster gangsters
gangway gangways ganja ganjas gannet gannets ganof ganofs ganoid ganoidei ganoideis ganoids
ganoin ganoine ganoines ganoins gantanol gantanols gantries gantrisin gantrisins gantry gaol
gaolbird gaolbirds gaoler gaolers gaols gar garage garages garambulla garambullas garamycin
garamycins garand garands garb garbage garbageman garbagemen garbages garbanzo garbanzos
garboard garboards garbs garcinia garcinias garden gardener gardeners gardenia gardenias gardens
garfish garfishes garganey garganeys garget gargets gargle gargles gargoyle gargoyles gari
garibaldi garibaldis garis garlic garlics garment garmentmaker garmentmakers garments garnet
garnets garnierite garnierites garnish garnishee garnishees garnishes garotte garottes garpike
garpikes garret garrets garrison garrisons garrote garroter garroters garrotes garrotte
garrotter garrotters garrottes garrulinae garrulinaes garrulus garruluses gars garter garters
garuda garudas gasbag gasbags gasfield gasfields gasket gaskets gaskin gaskins gasman gasmask
gasmasks gasmen gasohol gasohols gasolene gasolenes gasoline gasolines gasometer gasometers
gasteromycete gasteromycetes gasteromyceteses gasterophilidae gasterophilidaes gasterophilus
gasterophiluses gasteropoda gasteropodas gasterosteidae gasterosteidaes gasterosteus
gasterosteuses gastrin gastrins gastroboletus gastroboletuses gastrocnemius gastrocnemiuses
gastrocybe gastrocybes gastroenterologist gastroenterologists gastrolobium gastrolobiums
gastromycete gastromycetes gastromyceteses gastronome gastronomes gastronomies gastronomy
gastrophryne gastrophrynes gastropod gastropoda gastropodas gastropods gastroscope gastroscopes
gastrula gastrulas gasworks gasworkses gat gate gateau gateaus gatecrasher gatecrashers
gatehouse gatehouses gatekeeper gatekeepers gatepost gateposts gates gateway gateways gatherer
gatherers gator gators gats gaucho gauchos gaud gauds gauffer gauffers gaul gauls gaultheria
gaultherias gauntries gauntry gaur gaurs gauss gausses gaussmeter gaussmeters gauze gauzes gavel
gavels gavia gavial gavialidae gavialidaes gavialis gavialises gavials gavias gavidae gavidaes
gaviiformes gaviiformeses gawker gawkers gayal gayals gayfeather gayfeathers gaylussacia
gaylussacias gays gaywings gaywingses gazania gazanias gazebo gazebos gazella gazellas gazelle
gazelles gazetteer gazetteers gazillion gazillions gazpacho gazpachos gb gbit gbits gbs gc gcs
gd gdp gdps gds ge gean geans gearbox gearboxes gearings gearset gearsets gearshift gearshifts
gearstick gearsticks geartrain geartrains geastraceae geastraceaes geastrum geastrums gecko
geckos gee geebung geebungs geek geeks gees geezer geezerhood geezerhoods geezers geglossaceae
geglossaceaes geisha geishas gekkonidae gekkonidaes gel gelatin gelatine gelatines gelatins
gelding geldings gelechia gelechias gelechiid gelechiidae gelechiidaes gelechiids gelignite
gelignites gellies gelly gels gelsemium gelsemiums gelts gem gemfibrozil gemfibrozils gemini
geminis gemma gemmas gemonil gemonils gempylid gempylidae gempylidaes gempylids gempylus
gempyluses gems gemsbok gemsboks gemsbuck gemsbucks gemstone gemstones gendarme gendarmes gene
genealogist genealogists generalissimo generalissimos generalist generalists generals generator
generators generics genes genet geneticist geneticists genets genetta genettas geneva genevan
genevans genevas genie genies genip genipa genipap genipaps genipas genips genista genistas
genitalia genitalias genitals genitalses genitor genitors genius geniuses genlisea genliseas
genoeses genoise genoises gent gentamicin gentamicins gentian gentiana gentianaceae
gentianaceaes gentianales gentianaleses gentianas gentianella gentianellas gentianopsis
gentianopsises gentians gentiles gentleman gentlemen gentlewoman gentlewomen gents genu
genyonemus genyonemuses geochelone geochelones geococcyx geococcyxes geode geodes geoduck
geoducks geoffroea geoffroeas geoglossaceae geoglossaceaes geoglossum geoglossums geographer
geographers geologist geologists geomancer geomancers geometer geometers geometrician
geometricians geometrid geometridae geometridaes geometrids geomyidae geomyidaes geomys geomyses
geophilidae geophilidaes geophilomorpha geophilomorphas geophilus geophiluses geophysicist
geophysicists geophyte geophytes geordie geordies georgette georgettes georgian georgians
geosphere geospheres geothlypis geothlypises geraniaceae geraniaceaes geraniales geranialeses
geranium geraniums gerardia gerardias gerbera gerberas gerbil gerbille gerbilles gerbillinae
gerbillinaes gerbillus gerbilluses gerbils gerea gereas gerenuk gerenuks gerfalcon gerfalcons
geriatrician geriatricians german germander germanders germanist germanists germanite germanites
germanium germaniums germen germicide germicides germinals gerontologist gerontologists
gerreidae gerreidaes gerres gerreses gerrhonotus gerrhonotuses gerridae gerridaes gerrididae
gerrididaes gerris gerrises geryon geryons ges gesneria gesneriaceae gesneriaceaes gesneriad
gesneriads gesnerias gesso gessos gestation gestations geta getas getup getups geum geums gewgaw
gewgaws ghanians gharries gharry ghat ghats ghatti ghattis ghb ghbs ghee ghees gherkin gherkins
ghetto ghettos ghillie ghillies ghostfish ghostfishes ghostwriter ghostwriters ghoul ghouls ghq
ghqs ghrelin ghrelins ghrf ghrfs ghz ghzes giant giantess giantesses giants giardia giardias gib
gibberellin gibberellins gibbet gibbets gibbon gibbons gibbsite gibbsites gibibit gibibits
gibibyte gibibytes gibit gibits giblet giblets gibletses gibraltarians gibs gidgee gidgees gies
gift gifts gig gigabit gigabits gigabyte gigabytes gigacycle gigacycles gigahertz gigahertzes
gigartinaceae gigartinaceaes giggler gigglers gigolo gigolos gigot gigots gigs gilbert gilberts
gilder gilders gildhall gildhalls gildings gill gillie gillies gills gillyflower gillyflowers
gilts gimbal gimbals gimcrackeries gimcrackery gimcracks gimlet gimlets gin ginep gineps
gingerbread gingerbreads gingerol gingerols gingerroot gingerroots gingers gingersnap
gingersnaps gingham ginghams gingiva gingivas gingko gingkos ginglymostoma ginglymostomas
ginglymus ginglymuses ginkgo ginkgoaceae ginkgoaceaes ginkgoales ginkgoaleses ginkgophytina
ginkgophytinas ginkgopsida ginkgopsidas ginkgos ginmill ginmills gins ginseng ginsengs ginzo
ginzos gipsies gipsy gipsywort gipsyworts giraffa giraffas giraffe giraffes giraffidae
giraffidaes girandola girandolas girandole girandoles girasol girasols girder girders girdle
girdles girl girlfriend girlfriends girlhood girlhoods girls giro girondin girondins girondist
girondists giros gis gismo gismos git gitana gitanas gitano gitanos gits gittern gitterns
giveaway giveaways giver givers gizmo gizmos gizzard gizzards glabella glabellas glacier
glaciers gladdon gladdons glade glades gladiator gladiators gladiola gladiolas gladiolus
gladioluses glads gladstone gladstones gland glands glans glanses glareola glareolas glareole
glareoles glareolidae glareolidaes glass glassblower glassblowers glasses glasseses glassful
glassfuls glasshouse glasshouses glassmaker glassmakers glassware glasswares glasswork
glassworker glassworkers glassworks glassworkses glasswort glassworts glaswegians glaucium
glauciums glaucomys glaucomyses glauconite glauconites glaux glauxes glazer glazers glazier
glaziers gleaner gleaners gleba glebas glebe glebes glechoma glechomas gleditsia gleditsias
gleet gleets gleichenia gleicheniaceae gleicheniaceaes gleichenias glen glengarries glengarry
glens glia glias glider gliders glipizide glipizides gliricidia gliricidias gliridae gliridaes
glis glises gloam gloaming gloamings gloams globefish globefishes globeflower globeflowers
globetrotter globetrotters globicephala globicephalas globigerina globigerinas globigerinidae
globigerinidaes globin globins globule globules globulin globulins glochid glochidium
glochidiums glochids glockenspiel glockenspiels glogg gloggs glomerule glomerules glomerulus
glomeruluses glop glops gloriosa gloriosas glossa glossarist glossarists glossas glossina
glossinas glossinidae glossinidaes glossodia glossodias glossopsitta glossopsittas glottis
glottises glove gloves glowworm glowworms gloxinia gloxinias glucagon glucagons glucinium
gluciniums glucocorticoid glucocorticoids glucophage glucophages glucosamine glucosamines
glucose glucoses glucoside glucosides glucotrol glucotrols glume glumes gluon gluons glutamate
glutamates glutamine glutamines glute glutelin glutelins gluten glutens glutethimide
glutethimides gluteus gluteuses glutton gluttons glyburide glyburides glyceraldehyde
glyceraldehydes glyceria glycerias glyceride glycerides glycerin glycerine glycerines glycerins
glycerite glycerites glycerogel glycerogelatin glycerogelatins glycerogels glycerol glycerole
glyceroles glycerols glyceryl glyceryls glycine glycines glycogen glycogens glycol glycols
glycoprotein glycoproteins glycoside glycosides glycyrrhiza glycyrrhizas glyoxaline glyoxalines
glyph glyphs glyptics glypticses glyptographies glyptography gm gms gmt gmts gnaphalium
gnaphaliums gnat gnatcatcher gnatcatchers gnathion gnathions gnathostomata gnathostomatas
gnathostome gnathostomes gnats gnawer gnawers gneiss gneisses gnetaceae gnetaceaes gnetales
gnetaleses gnetophyta gnetophytas gnetophytina gnetophytinas gnetopsida gnetopsidas gnetum
gnetums gnocchi gnocchis gnome gnomes gnomon gnomons gnostics gnp gnps gnu gnus goalie goalies
goalkeeper goalkeepers goalmouth goalmouths goalpost goalposts goaltender goaltenders goat
goatee goatees goatfish goatfishes goatherd goatherds goats goatsbeard goatsbeards goatsfoot
goatsfoots goatskin goatskins goatsucker goatsuckers gob gobbet gobbets gobbler gobblers gobies
gobiesocidae gobiesocidaes gobiesox gobiesoxes gobiidae gobiidaes gobio gobios goblet goblets
goblin goblins gobs gobses goby god godchild godchilds goddaughter goddaughters goddess
goddesses godfather godfathers godmother godmothers godown godowns godparent godparents gods
godson godsons godwit godwits goer goers goethite goethites gofer gofers goffer goffers goggles
goggleses goitrogen goitrogens golconda golcondas gold goldbeater goldbeaters goldbrick
goldbricks goldcrest goldcrests goldcup goldcups goldenbush goldenbushes goldeneye goldeneyes
goldenrod goldenrods goldenseal goldenseals goldfield goldfields goldfieldses goldfinch
goldfinches goldfish goldfishes goldilocks goldilockses goldmine goldmines golds goldsmith
goldsmiths goldstone goldstones goldthread goldthreads goldworker goldworkers golem golems
golfcart golfcarts golfer golfers goliard goliards goliath goliaths golliwog golliwogg
golliwoggs golliwogs golosh goloshes gomphothere gomphotheres gomphotheriidae gomphotheriidaes
gomphotherium gomphotheriums gomphrena gomphrenas gomuti gomutis gonad gonadotrophin
gonadotrophins gonadotropin gonadotropins gonads gond gondola gondolas gondolier gondoliere
gondolieres gondoliers gonds goner goners gong gongorist gongorists gongs gonif goniff goniffs
gonifs goniometer goniometers gonion gonions goniopteris goniopterises gonococcus gonococcuses
gonorhynchidae gonorhynchidaes gonorhynchus gonorhynchuses goo goober goobers goodenia
goodeniaceae goodeniaceaes goodenias goodies goodwill goodwills goody goodyera goodyeras
goofball goofballs googol googolplex googolplexes googols gook gooks goon gooney gooneys goonie
goonies goons goony goop goops goos goosander goosanders goose gooseberries gooseberry goosefish
goosefishes goosefoot goosefoots gooses gopher gophers gopherus gopheruses gopherwood
gopherwoods goral gorals gorger gorgerin gorgerins gorgers gorget gorgets gorgon gorgonacea
gorgonaceas gorgoniacea gorgoniaceas gorgonian gorgonians gorgonocephalus gorgonocephaluses
gorgons gorgonzola gorgonzolas gorilla gorillas gorse gorses goshawk goshawks gosling goslings
gosmore gosmores gospeler gospelers gospeller gospellers gossamers gossiper gossipers
gossipmonger gossipmongers gossypium gossypiums goth gothite gothites goths gouache gouaches
gouda goudas gouger gougers goujon goujons goulash goulashes gourd gourde gourdes gourds
gourmand gourmandizer gourmandizers gourmands gourmet gourmets governess governesses governor
governors gown gowns goy goys gp gps gpses grabber grabbers gracilariid gracilariidae
gracilariidaes gracilariids gracillariidae gracillariidaes grackle grackles gracula graculas
grad grader graders grads graecophiles graffiti graffitis graffito graffitos graft grafts graham
grahams grain grainfield grainfields grains gram grama gramas gramicidin gramicidins graminaceae
graminaceaes graminales graminaleses gramineae gramineaes gramma grammarian grammarians grammas
grammatophyllum grammatophyllums gramme grammes gramophone gramophones gramps grampses grampus
grampuses grams gran granadilla granadillas granadillo granadillos granaries granary grandad
grandads grandaunt grandaunts grandchild grandchilds granddad granddaddies granddaddy granddads
granddaughter granddaughters grandee grandees grandfather grandfathers grandma grandmas
grandmaster grandmasters grandmother grandmothers grandnephew grandnephews grandniece
grandnieces grandpa grandparent grandparents grandpas grands grandson grandsons grandstander
grandstanders granduncle granduncles grange granger grangers granges granite granites
graniteware granitewares grannie grannies granny granola granolas grans grantee grantees granter
granters grantor grantors granule granules granulocyte granulocytes grape grapefruit grapefruits
grapes grapeshot grapeshots graphite graphites graphologist graphologists grapnel grapnels
grappa grappas grappler grapplers graptophyllum graptophyllums grass grasses grassfinch
grassfinches grasshopper grasshoppers grassland grasslands grate grater graters grates graticule
graticules grating gratings gratuities gratuity grave gravedigger gravediggers gravel gravels
gravelweed gravelweeds graver graverobber graverobbers gravers graves gravestone gravestones
graveyard graveyards gravies gravimeter gravimeters graviton gravitons gravy grayback graybacks
graybeard graybeards grayhen grayhens graylag graylags grazier graziers grease greaseball
greaseballs greasepaint greasepaints greaser greasers greases greasewood greasewoods greatcoat
greatcoats greats greave greaves greaveses grebe grebes grecians greece greeces greegree
greegrees greenback greenbacks greenbelt greenbelts greenbottle greenbottles greenbrier
greenbriers greeneries greenery greeneye greeneyes greenflies greenfly greengage greengages
greengrocer greengroceries greengrocers greengrocery greenhood greenhoods greenhorn greenhorns
greenhouse greenhouses greenling greenlings greenmarket greenmarkets greenockite greenockites
greenroom greenrooms greens greensand greensands greenses greenshank greenshanks greenskeeper
greenskeepers greensward greenswards greenway greenways greenweed greenweeds greenwing
greenwings greenwood greenwoods greeter greeters gregarine gregarines gregarinida gregarinidas
greisen greisens gremlin gremlins grenade grenades grenadians grenadier grenadiers grenadine
grenadines grevillea grevilleas grewia grewias greyback greybacks greybeard greybeards greyhen
greyhens greyhound greyhounds greylag greylags grias griases griddle griddlecake griddlecakes
griddles gridiron gridirons griever grievers griffin griffins griffon griffons grifter grifters
grigri grigris grill grille grilles grillroom grillrooms grills grillwork grillworks grindelia
grindelias grinder grinders grindings grindle grindles grindstone grindstones gringo gringos
grinner grinners griot griots gripsack gripsacks grisaille grisailles griselinia griselinias
griseofulvin griseofulvins grison grisons grissino grissinos grist gristle gristles gristmill
gristmills grists grit gritrock gritrocks grits gritses gritstone gritstones grivet grivets
grizzle grizzles grizzlies groaner groaners groat groats groatses grocer groceries grocers
grocery groenendael groenendaels groenlandia groenlandias grog grogram grograms grogs groin
groins grommet grommets gromwell gromwells groomsman groomsmen groover groovers grosbeak
grosbeaks groschen groschens grosgrain grosgrains grossbeak grossbeaks grosses grossulariaceae
grossulariaceaes grosz groszes grot grotesques grots grotto grottos grouch grouches
groundberries groundberry groundbreaker groundbreakers groundcover groundcovers groundfish
groundfishes groundhog groundhogs groundkeeper groundkeepers groundling groundlings groundmass
groundmasses groundnut groundnuts groundsel groundsels groundsheet groundsheets groundskeeper
groundskeepers groundsman groundsmen groundspeed groundspeeds grouper groupers groupie groupies
grouse grouseberries grouseberry grouses grout grouts groveler grovelers groveller grovellers
grower growers growler growlers grownup grownups groyne groynes grub grubbies grubs grubstake
grubstakes gruel gruels grugru grugrus gruidae gruidaes gruiformes gruiformeses grumbler
grumblers grume grumes grummet grummets grump grumps grunter grunters grus gruses gruyere
gruyeres gryllidae gryllidaes gryphon gryphons gs guacamole guacamoles guacharo guacharos guaiac
guaiacs guaiacum guaiacums guama guamas guan guanabana guanabanas guanabenz guanabenzes guanaco
guanacos guanine guanines guano guanos guanosine guanosines guans guar guarani guaranis
guaranties guarantor guarantors guaranty guard guardhouse guardhouses guardian guardians
guardrail guardrails guardroom guardrooms guards guardsman guardsmen guarnerius guarneriuses
guars guatemalans guava guavas guayule guayules gubbins gubbinses guck gucks gudgeon gudgeons
guenon guenons guerdon guerdons guereza guerezas gueridon gueridons guerilla guerillas guernsey
guernseys guerrilla guerrillas guesser guessers guest guesthouse guesthouses guestroom
guestrooms guests guestworker guestworkers guevina guevinas guib guibs guilder guilders
guildhall guildhalls guillemot guillemots guilloche guilloches guimpe guimpes guinea guineans
guineas guinness guinnesses guitar guitarfish guitarfishes guitarist guitarists guitars gujarati
gujaratis gujerati gujeratis gulag gulags gulch gulches gulden guldens gulf gulfs gulfweed
gulfweeds gullet gullets gullies gully gulo gulos gulper gulpers gulyas gulyases gum gumbo
gumbos gumdrop gumdrops gummite gummites gums gumshield gumshields gumshoe gumshoes gumweed
gumweeds gumwood gumwoods gun gunboat gunboats guncotton guncottons gunflint gunflints gunite
gunites gunk gunks gunlock gunlocks gunman gunmen gunmetal gunmetals gunnel gunnels gunner
gunneries gunners gunnery gunnies gunny gunnysack gunnysacks gunpoint gunpoints gunpowder
gunpowders gunrunner gunrunners guns gunsight gunsights gunslinger gunslingers gunsmith
gunsmiths gunstock gunstocks gunwale gunwales guppies guppy gurkha gurkhas gurnard gurnards
gurney gurneys guru gurus gusher gushers gusset gussets gut gutierrezia gutierrezias gutter
gutters guttersnipe guttersnipes guttiferae guttiferaes guttiferales guttiferaleses guvnor
guvnors guy guyaneses guyot guyots guys guzzler guzzlers gy gym gymnadenia gymnadenias
gymnadeniopsis gymnadeniopsises gymnast gymnasts gymnelis gymnelises gymnocalycium
gymnocalyciums gymnocarpium gymnocarpiums gymnocladus gymnocladuses gymnogyps gymnogypses
gymnomycota gymnomycotas gymnophiona gymnophionas gymnopilus gymnopiluses gymnorhina gymnorhinas
gymnosophist gymnosophists gymnosperm gymnospermae gymnospermaes gymnospermophyta
gymnospermophytas gymnosperms gymnosporangium gymnosporangiums gymnura gymnuras gyms gymslip
gymslips gynaecologist gynaecologists gynandromorph gynandromorphs gynecologist gynecologists
gynobase gynobases gynoecium gynoeciums gynophore gynophores gynostegium gynostegiums gynura
gynuras gypaetus gypaetuses gyps gypses gypsies gypsophila gypsophilas gypsum gypsums gypsy
gypsyweed gypsyweeds gypsywort gypsyworts gyrfalcon gyrfalcons gyrinidae gyrinidaes gyro
gyrocompass gyrocompasses gyromitra gyromitras gyroplane gyroplanes gyros gyroscope gyroscopes
gyrostabiliser gyrostabilisers gyrostabilizer gyrostabilizers gyrus gyruses h haart haarts
haastia haastias habenaria habenarias haberdasher haberdasheries haberdashers haberdashery
habergeon habergeons habiliment habiliments habitant habitants habitat habitation habitations
habitats habitue habitues hacienda haciendas hack hackamore hackamores hackberries hackberry
hackbut hackbuts hackee hackees hackelia hackelias hacker hackers hackle hackmatack hackmatacks
hackney hackneys hacks hacksaw hacksaws haddock haddocks hadji hadjis hadron hadrons hadrosaur
hadrosauridae hadrosauridaes hadrosaurs hadrosaurus hadrosauruses haem haemanthus haemanthuses
haematinic haematinics haematite haematites haematobia haematobias haematohiston haematohistons
haematoidin haematoidins haematologist haematologists haematopodidae haematopodidaes haematopus
haematopuses haematoxylon haematoxylons haematoxylum haematoxylums haemitin haemitins
haemodoraceae haemodoraceaes haemodorum haemodorums haemoglobin haemoglobins haemolysin
haemolysins haemophile haemophiles haemophiliac haemophiliacs haemopis haemopises haemoproteid
haemoproteidae haemoproteidaes haemoproteids haemoprotein haemoproteins haemoproteus
haemoproteuses haemosiderin haemosiderins haemosporidia haemosporidian haemosporidians
haemosporidias haemostat haemostats haems haemulidae haemulidaes haemulon haemulons hafnium
hafniums haft hafts hag hagberries hagberry hagbut hagbuts hagfish hagfishes haggis haggises
haggler hagglers hagiographer hagiographers hagiographist hagiographists hagiologist
hagiologists hags hahnium hahniums haick haicks haida haidas haik haiks hailstone hailstones
hair hairball hairballs hairbrush hairbrushes haircloth haircloths haircut haircuts hairdo
hairdos hairdresser hairdressers hairdressing hairdressings hairgrip hairgrips hairnet hairnets
hairpiece hairpieces hairpin hairpins hairs hairsbreadth hairsbreadths hairsplitter
hairsplitters hairspring hairsprings hairstreak hairstreaks hairstyle hairstyles hairstylist
hairstylists hairtail hairtails haitians haji hajis hajji hajjis hake hakea hakeas hakeem
hakeems hakes hakim hakims hakka hakkas halals halberd halberdier halberdiers halberds
halchidhoma halchidhomas halcion halcions halcyons haldea haldeas haldol haldols halenia
halenias haler halers halesia halesias halfback halfbacks halfbeak halfbeaks halfpennies
halfpenny halfpennyworth halfpennyworths halfs halftime halftimes halftone halftones haliaeetus
haliaeetuses halibut halibuts halicoeres halicoereses halictidae halictidaes halide halides
halimodendron halimodendrons haliotidae haliotidaes haliotis haliotises halite halites halitosis
halitosises halitus halituses hall hallah hallahs halliard halliards halloween halloweens
hallowmas hallowmases hallowmass hallowmasses halls hallstand hallstands hallucinogen
hallucinogens hallux halluxes hallway hallways halm halms haloalkane haloalkanes halobacter
halobacteria halobacterias halobacterium halobacteriums halobacters halocarbon halocarbons
halocarpus halocarpuses haloform haloforms halogen halogens halogeton halogetons halon halons
haloperidol haloperidols halophil halophile halophiles halophils halophyte halophytes
haloragaceae haloragaceaes haloragidaceae haloragidaceaes halothane halothanes halter haltere
halteres halters halyard halyards ham hamadryad hamadryads hamamelidaceae hamamelidaceaes
hamamelidae hamamelidaes hamamelidanthum hamamelidanthums hamamelidoxylon hamamelidoxylons
hamamelis hamamelises hamamelites hamameliteses hamate hamates hamburger hamburgers hame hamelia
hamelias hames haminoea haminoeas hammer hammerhead hammerheads hammers hammertoe hammertoes
hammock hammocks hampshire hampshires hams hamster hamsters hamstring hamstrings hand handbag
handbags handball handballs handbarrow handbarrows handbasin handbasins handbasket handbaskets
handbell handbells handbow handbows handbreadth handbreadths handcar handcars handcart handcarts
handcraft handcrafts handcuff handcuffs handful handfuls handgrip handgrips handgun handguns
handhold handholds handicapper handicappers handicraft handicrafts handiwork handiworks
handkerchief handkerchiefs handlebar handlebars handler handlers handline handlines handlock
handlocks handloom handlooms handrail handrails handrest handrests handsaw handsaws handsbreadth
handsbreadths handset handsets handspike handspikes handstamp handstamps handwear handwears
handwheel handwheels handwork handworks handyman handymen hangar hangars hangbird hangbirds
hanger hangers hangings hangman hangmen hangnail hangnails hangout hangouts hank hankey hankeys
hankie hankies hanks hanky hannukah hannukahs hanoverians hansom hansoms hanukah hanukahs
hanukkah hanukkahs hanuman hanumen hao haoma haomas haos haploids haplopappus haplopappuses
haplosporidia haplosporidian haplosporidians haplosporidias haplotype haplotypes haptoglobin
haptoglobins haranguer haranguers harasser harassers harbor harborage harborages harbors harbour
harbourage harbourages harbours hardbacks hardbake hardbakes hardboard hardboards hardcovers
hardenbergia hardenbergias hardheads hardheadses hardinggrass hardinggrasses hardliner
hardliners hardpan hardpans hardtack hardtacks hardtop hardtops hardware hardwareman hardwaremen
hardwares hardwood hardwoods hare harebell harebells hareem hareems harem harems hares haricot
haricots harijan harijans harlequin harlequins harlot harlots harmonica harmonicas harmoniser
harmonisers harmonium harmoniums harmonizer harmonizers harness harnesses harp harper harpers
harpia harpias harpies harpist harpists harpoon harpooneer harpooneers harpooner harpooners
harpoons harps harpsichord harpsichordist harpsichordists harpsichords harpulla harpullas
harpullia harpullias harpy harquebus harquebuses harridan harridans harrier harriers harrisia
harrisias hart hartebeest hartebeests harts harvester harvesters harvestfish harvestfishes
harvestman harvestmen haschisch haschisches hash hasheesh hasheeshes hashes hashish hashishes
hasid hasids haslet haslets hasp hasps hassid hassids hassium hassiums hassock hassocks hat
hatband hatbands hatbox hatboxes hatchback hatchbacks hatchel hatchels hatcheries hatchery
hatchet hatchets hatchling hatchlings hatchway hatchways hatemonger hatemongers hater haters
hatful hatfuls hatiora hatioras hatmaker hatmakers hatpin hatpins hatrack hatracks hats hatter
hatters hauberk hauberks hauler haulers haulier hauliers haulm haulms haunch haunches hausa
hausas hausen hausens hausmannite hausmannites haussa haussas haustorium haustoriums hautbois
hautboises hautboy hautboys havasupai havasupais havelock havelocks haven havens haversack
haversacks haw hawfinch hawfinches hawk hawkbill hawkbills hawkbit hawkbits hawker hawkers
hawkmoth hawkmoths hawks hawksbill hawksbills hawkshaw hawkshaws hawkweed hawkweeds haws hawse
hawsehole hawseholes hawsepipe hawsepipes hawser hawsers hawses hawthorn hawthorns hay hayfield
hayfields hayfork hayforks hayloft haylofts haymaker haymakers haymow haymows hayrack hayracks
hayrig hayrigs hays hayseed hayseeds haywires hazan hazans hazardia hazardias hazelnut hazelnuts
hazels hazelwood hazelwoods hazmat hazmats hb hbs hcfc hcfcs hcg hcgs hdl hdls head headband
headbands headboard headboards headcheese headcheeses headcount headcounter headcounters
headcounts headdress headdresses headfast headfasts headfish headfishes headful headfuls
headgear headgears headhunter headhunters headlamp headlamps headland headlands headlight
headlights headliner headliners headman headmaster headmasters headmen headmistress
headmistresses headphone headphones headpiece headpieces headpin headpins headquarters
headquarterses headrace headraces headrest headrests headroom headrooms heads headsail headsails
headscarf headscarfs headset headsets headshot headshots headsman headsmen headspace headspaces
headspring headsprings headstall headstalls headstock headstocks headstone headstones headstream
headstreams headwaiter headwaiters headwater headwaters headway headways healer healers heapses
hearer hearers hearse hearses heartbreaker heartbreakers hearth hearthrug hearthrugs hearths
hearthstone hearthstones heartland heartlands heartleaf heartleafs heartsease heartseases
heartseed heartseeds heartthrob heartthrobs heartwood heartwoods heater heaters heath heathens
heather heathers heathfowl heathfowls heathland heathlands heaths heaume heaumes heaven heavens
heavenses heaver heavers heavies heavyweight heavyweights hebdomad hebdomads hebraist hebraists
heckelphone heckelphones heckle heckler hecklers heckles hectare hectares hectogram hectograms
hectograph hectographs hectoliter hectoliters hectolitre hectolitres hectometer hectometers
hectometre hectometres hedeoma hedeomas hedera hederas hedge hedgehog hedgehogs hedger hedgerow
hedgerows hedgers hedges hedgings hediondilla hediondillas hedonist hedonists hedysarum
hedysarums heel heelbone heelbones heels hegari hegaris hegelians heifer heifers heights
heightses heir heiress heiresses heirloom heirlooms heirs helenium heleniums heleodytes
heleodyteses heliamphora heliamphoras helianthemum helianthemums helianthus helianthuses
helichrysum helichrysums helicidae helicidaes helicon helicons helicopter helicopters helicteres
helictereses heliobacter heliobacters heliograph heliographs heliogravure heliogravures
heliometer heliometers heliopause heliopauses heliophila heliophilas heliopsis heliopsises
heliosphere heliospheres heliothis heliothises heliotrope heliotropes heliotype heliotypes
heliozoa heliozoan heliozoans heliozoas heliport heliports helipterum helipterums helium heliums
hell hellbender hellbenders hellcat hellcats hellebore hellebores helleborine helleborines
helleborus helleboruses hellene hellenes heller helleri helleris hellers hellgrammiate
hellgrammiates hellhole hellholes hellhound hellhounds hellion hellions hells helm helmet
helmetflower helmetflowers helmets helminth helminthics helminthostachys helminthostachyses
helminths helms helmsman helmsmen heloderma helodermas helodermatidae helodermatidaes helot
helotiaceae helotiaceaes helotiales helotialeses helotium helotiums helots helper helpers
helpings helpmate helpmates helpmeet helpmeets helve helvella helvellaceae helvellaceaes
helvellas helves helwingia helwingias helxine helxines hem hemachatus hemachatuses hematin
hematinic hematinics hematins hematite hematites hematochrome hematochromes hematohiston
hematohistons hematoidin hematoidins hematologist hematologists heme hemerobiid hemerobiidae
hemerobiidaes hemerobiids hemerocallidaceae hemerocallidaceaes hemerocallis hemerocallises hemes
hemiacetal hemiacetals hemiascomycetes hemiascomyceteses hemiepiphyte hemiepiphytes hemigalus
hemigaluses hemigrammus hemigrammuses hemimetabola hemimetabolas hemimorphite hemimorphites
hemin hemins hemiparasite hemiparasites hemiplegic hemiplegics hemipode hemipodes hemiprocnidae
hemiprocnidaes hemiptera hemipteran hemipterans hemipteras hemipteron hemipteronatus
hemipteronatuses hemipterons hemiramphidae hemiramphidaes hemisphere hemispheres hemitripterus
hemitripteruses hemline hemlines hemlock hemlocks hemodialyzer hemodialyzers hemofil hemofils
hemoglobin hemoglobins hemolysin hemolysins hemophile hemophiles hemophiliac hemophiliacs
hemoprotein hemoproteins hemosiderin hemosiderins hemostat hemostats hemp hemps hems hemstitch
hemstitches hemstitching hemstitchings hen henbane henbanes henbit henbits henchman henchmen
hencoop hencoops henhouse henhouses henna hennas henries henroost henroosts henry hens
hepadnavirus hepadnaviruses heparin heparins hepatica hepaticae hepaticaes hepaticas
hepaticopsida hepaticopsidas hepatics hepatoflavin hepatoflavins hepatotoxin hepatotoxins heptad
heptads heptane heptanes heracleum heracleums herb herbage herbages herbalist herbalists herbals
herbicide herbicides herbivore herbivores herbs herder herders herdsman herdsmen hereafters
hereditament hereditaments hereford herefords herero hereros heres heretic heretics heritiera
heritieras heritor heritors herm hermannia hermannias hermaphrodites hermissenda hermissendas
hermit hermitage hermitages hermits herms hernaria hernarias hero heroin heroine heroines
heroins heron heronries heronry herons heros herpestes herpesteses herpetologist herpetologists
herr herrerasaur herrerasaurs herrerasaurus herrerasauruses herring herringbone herringbones
herrings herrs hertz hertzes hes heshvan heshvans hesitater hesitaters hesitator hesitators
hesperides hesperideses hesperiphona hesperiphonas hesperis hesperises hessian hessians
hessonite hessonites heteranthera heterantheras heterobasidiomycetes heterobasidiomyceteses
heterocephalus heterocephaluses heterocycle heterocycles heterocyclics heterodon heterodons
heterograft heterografts heterokontae heterokontaes heterokontophyta heterokontophytas
heteromeles heteromeleses heteromyidae heteromyidaes heteroploid heteroploids heteroptera
heteropteras heteroscelus heterosceluses heterosexuals heterosomata heterosomatas heterostracan
heterostracans heterostraci heterostracis heterotheca heterothecas heterotrichales
heterotrichaleses heterozygote heterozygotes heuchera heucheras heulandite heulandites hevea
heveas hewer hewers hexachlorophene hexachlorophenes hexad hexadrol hexadrols hexads
hexagrammidae hexagrammidaes hexagrammos hexagrammoses hexalectris hexalectrises hexamita
hexamitas hexanchidae hexanchidaes hexanchus hexanchuses hexane hexanes hexapod hexapoda
hexapodas hexapods hexenbesen hexenbesens hexestrol hexestrols hexose hexoses heyday heydays hf
hfc hfcs hfs hg hgs hibbertia hibbertias hibiscus hibiscuses hickories hickory hicks hidatsa
hidatsas hiddenite hiddenites hideaway hideaways hideout hideouts hieracium hieraciums hierarch
hierarches highball highballs highbinder highbinders highboard highboards highboy highboys
highbrows highchair highchairs highflier highfliers highflyer highflyers highjacker highjackers
highlander highlanders highlands highlighter highlighters highness highnesses highroad highroads
highway highwayman highwaymen highways hijab hijabs hijacker hijackers hiker hikers hill
hillbillies hillbilly hillock hillocks hills hillside hillsides hilltop hilltops hilt hilts
hilum hilums hilus hiluses himantoglossum himantoglossums himantopus himantopuses hin hinayanist
hinayanists hindbrain hindbrains hindfoot hindfoots hindgut hindguts hindlimb hindlimbs hindoos
hindquarter hindquarters hindquarterses hinds hindshank hindshanks hindus hindustanis hinge
hinges hinnies hinny hins hinterland hinterlands hip hipbone hipbones hipflask hipflasks hipline
hiplines hippeastrum hippeastrums hippie hippo hippobosca hippoboscas hippoboscid hippoboscidae
hippoboscidaes hippoboscids hippocampus hippocampuses hippocastanaceae hippocastanaceaes
hippocrepis hippocrepises hippodamia hippodamias hippodrome hippodromes hippoglossoides
hippoglossoideses hippoglossus hippoglossuses hippopotamidae hippopotamidaes hippopotamus
hippopotamuses hippos hipposideridae hipposideridaes hipposideros hipposideroses hippotragus
hippotraguses hippy hips hipster hipsurus hipsuruses hireling hirelings hirer hirers hirudinea
hirudinean hirudineans hirudineas hirudinidae hirudinidaes hirudo hirudos hirundinidae
hirundinidaes hirundo hirundos hispanics hisser hissers histaminase histaminases histamine
histamines histidine histidines histiocyte histiocytes histologist histologists histone histones
historian historians histories historiographer historiographers history histrion histrions
hitchhiker hitchhikers hitchiti hitchitis hitchrack hitchracks hitman hitmen hitter hitters
hittites hl hls hm hmo hmongs hmos hms hn hns ho hoactzin hoactzins hoagie hoagies hoagy hoard
hoarder hoarders hoarding hoardings hoards hoarfrost hoarfrosts hoars hoatzin hoatzins hoaxer
hoaxers hob hobbit hobbits hobbledehoy hobbledehoys hobbler hobblers hobbyist hobbyists
hobgoblin hobgoblins hobnail hobnails hobo hobos hobs hod hodman hodmen hodometer hodometers
hodoscope hodoscopes hods hoe hoecake hoecakes hoes hogan hogans hogback hogbacks hogchoker
hogchokers hogfish hogfishes hogg hogget hoggets hoggs hogmanay hogmanays hogshead hogsheads
hogweed hogweeds hoheria hoherias hoister hoisters hoka hokas holarrhena holarrhenas holbrookia
holbrookias holcus holcuses holdall holdalls holder holders holdfast holdfasts holdout holdouts
holdover holdovers hole holes holibut holibuts holiday holidaymaker holidaymakers holidays
holies hollandaise hollandaises hollander hollanders hollands hollandses hollies holloware
hollowares hollowware hollowwares holly hollygrape hollygrapes hollyhock hollyhocks holmium
holmiums holocentridae holocentridaes holocentrus holocentruses holocephalan holocephalans
holocephali holocephalian holocephalians holocephalis hologram holograms holometabola
holometabolas holophyte holophytes holothuria holothurian holothurians holothurias holothuridae
holothuridaes holothuroidea holothuroideas holstein holsteins holster holsters holystone
holystones homaridae homaridaes homarus homaruses hombre hombres homburg homburgs home
homebodies homebody homeboy homeboys homebrew homebrews homebuilder homebuilders homegirl
homegirls homeland homelands homelesses homemaker homemakers homeobox homeoboxes homeopath
homeopaths homeotherm homeotherms homeowner homeowners homeroom homerooms homes homespuns
homestead homesteader homesteaders homesteads hometown hometowns hominidae hominidaes hominids
hominies hominoid hominoidea hominoideas hominoids hominy hommos hommoses homo
homobasidiomycetes homobasidiomyceteses homoeopath homoeopaths homogenate homogenates homograft
homografts homogyne homogynes homoiotherm homoiotherms homona homonas homophiles homophobe
homophobes homoptera homopteran homopterans homopteras homos homosexual homosexuals homotherm
homotherms homozygote homozygotes homunculus homunculuses honcho honchos hondurans hone hones
honey honeybee honeybees honeybells honeybellses honeycomb honeycombs honeycreeper honeycreepers
honeydew honeydews honeyflower honeyflowers honeymooner honeymooners honeypot honeypots honeys
honeysucker honeysuckers honeysuckle honeysuckles honker honkers honkey honkeys honkie honkies
honky honkytonk honkytonks honorarium honorariums honoree honorees hooch hooches hood hoodlum
hoodlums hoodmold hoodmolds hoodmould hoodmoulds hoods hoof hoofer hoofers hoofs hookah hookahs
hooker hookers hooknose hooknoses hookses hookup hookups hookworm hookworms hooligan hooligans
hoop hoopoe hoopoes hoopoo hoopoos hoopskirt hoopskirts hoosegow hoosegows hoosgow hoosgows
hoosier hoosiers hootch hootches hooter hooters hoover hoovers hopefuls hoper hopers hopi hopis
hopper hoppers hopsack hopsacking hopsackings hopsacks hopses hordeum hordeums horehound
horehounds horizon horizons hormone hormones horn hornbeam hornbeams hornbill hornbills
hornblende hornblendes horneophyton horneophytons hornet hornets hornfels hornfelses hornist
hornists hornpout hornpouts horns hornstone hornstones hornwort hornworts horologe horologer
horologers horologes horologist horologists horse horseback horsebacks horsebean horsebeans
horsebox horseboxes horsecar horsecars horsecloth horsecloths horsefish horsefishes horseflesh
horsefleshes horseflies horsefly horsehair horsehairs horsehead horseheads horsehide horsehides
horseleech horseleeches horseman horsemeat horsemeats horsemen horsemint horsemints horsepond
horseponds horsepower horsepowers horseradish horseradishes horses horseshoe horseshoer
horseshoers horsetail horsetails horseweed horseweeds horsewhip horsewhips horsewoman horsewomen
horst horsts hortensia hortensias horticulturist horticulturists hos hose hosepipe hosepipes
hoses hosier hosieries hosiers hosiery hospice hospices hospital hospitalization
hospitalizations hospitals host hosta hostaceae hostaceaes hostage hostages hostas hostel
hosteller hostellers hostelries hostelry hostels hostess hostesses hostler hostlers hosts hotbox
hotboxes hotcake hotcakes hotdog hotdogs hotel hotelier hoteliers hotelkeeper hotelkeepers
hotelman hotelmen hotels hothead hotheads hothouse hothouses hotplate hotplates hotpot hotpots
hotshot hotshots hotspot hotspots hotspur hotspurs hottonia hottonias houdah houdahs houhere
houheres hoummos hoummoses hound hounds hour hourglass hourglasses houri houris hours hourses
house houseboat houseboats housebreaker housebreakers housebuilder housebuilders housecoat
housecoats housedog housedogs housefather housefathers houseflies housefly houseful housefuls
houseguest houseguests householder householders househusband househusbands housekeeper
housekeepers houselights houselightses housemaid housemaids houseman housemaster housemasters
housemate housemates housemen housemother housemothers housepaint housepaints houseplant
houseplants houseroom houserooms houses housetop housetops housewife housewifes housewrecker
housewreckers housings houttuynia houttuynias hovea hoveas hovel hovels hovercraft hovercrafts
howdah howdahs howitzer howitzers hoy hoya hoyas hoyden hoydens hoys hp hps hq hqs hr hrs
hryvnia hryvnias hs hses hualapai hualapais hualpai hualpais huamachil huamachils huarache
huaraches huaracheses hub hubbies hubby hubcap hubcaps hubs huck huckaback huckabacks
huckleberries huckleberry hucks huckster hucksters huddler huddlers hudsonia hudsonias hugger
huggers hugueninia hugueninias huguenot huguenots huisache huisaches huitre huitres hulk hulks
hull hulls hulsea hulseas humanist humanists humanitarians humankind humankinds humanoid
humanoids humans humanses humate humates humblebee humblebees humdinger humdingers humectant
humectants humen humerus humeruses humin humins hummer hummers hummingbird hummingbirds hummock
hummocks hummus hummuses humorist humorists humourist humourists humous humouses humulin
humulins humulus humuluses humus humuses humvee humvees hun hundreds hundredweight
hundredweights hungarians hunk hunkpapa hunkpapas hunks hunnemannia hunnemannias huns hunter
hunters huntress huntresses huntsman huntsmen hupa hupas hurdler hurdlers hurler hurlers husband
husbandman husbandmen husbands hushpuppies hushpuppy husk huskies husks hussar hussars hussies
hussite hussites hussy hustler hustlers hut hutch hutches hutment hutments huts hutu hutus
hyacinth hyacinthaceae hyacinthaceaes hyacinthoides hyacinthoideses hyacinths hyades hyadeses
hyaena hyaenas hyaenidae hyaenidaes hyalin hyalines hyalins hyaloids hyalophora hyalophoras
hyaloplasm hyaloplasms hyalosperma hyalospermas hyalospongiae hyalospongiaes hyaluronidase
hyaluronidases hyazyme hyazymes hybanthus hybanthuses hybridoma hybridomas hydantoin hydantoins
hydathode hydathodes hydnaceae hydnaceaes hydnocarpus hydnocarpuses hydnoraceae hydnoraceaes
hydnum hydnums hydra hydralazine hydralazines hydrangea hydrangeaceae hydrangeaceaes hydrangeas
hydrant hydrants hydrargyrum hydrargyrums hydras hydrastis hydrastises hydrate hydrates
hydrazine hydrazines hydrazoite hydrazoites hydride hydrides hydrilla hydrillas hydrobates
hydrobateses hydrobatidae hydrobatidaes hydrocarbon hydrocarbons hydrocharidaceae
hydrocharidaceaes hydrocharis hydrocharises hydrocharitaceae hydrocharitaceaes hydrochloride
hydrochlorides hydrochlorofluorocarbon hydrochlorofluorocarbons hydrochlorothiazide
hydrochlorothiazides hydrochoeridae hydrochoeridaes hydrochoerus hydrochoeruses hydrocolloid
hydrocolloids hydrocortisone hydrocortisones hydrocortone hydrocortones hydrodamalis
hydrodamalises hydrodiuril hydrodiurils hydroflumethiazide hydroflumethiazides hydrofluorocarbon
hydrofluorocarbons hydrofoil hydrofoils hydrogel hydrogels hydrogen hydrogens hydroid hydroids
hydrolith hydroliths hydrologist hydrologists hydrolysate hydrolysates hydromancer hydromancers
hydromantes hydromanteses hydromel hydromels hydrometer hydrometers hydromorphone hydromorphones
hydromyinae hydromyinaes hydromys hydromyses hydrophidae hydrophidaes hydrophyllaceae
hydrophyllaceaes hydrophyllum hydrophyllums hydrophyte hydrophytes hydroplane hydroplanes
hydrosphere hydrospheres hydroxide hydroxides hydroxybenzene hydroxybenzenes hydroxychloroquine
hydroxychloroquines hydroxyl hydroxyls hydroxymethyl hydroxymethyls hydroxyproline
hydroxyprolines hydroxytetracycline hydroxytetracyclines hydroxyzine hydroxyzines hydrozoa
hydrozoan hydrozoans hydrozoas hyemoschus hyemoschuses hyena hyenas hygienist hygienists
hygrocybe hygrocybes hygrodeik hygrodeiks hygrometer hygrometers hygrophoraceae hygrophoraceaes
hygrophorus hygrophoruses hygrophyte hygrophytes hygroscope hygroscopes hygroton hygrotons
hygrotrama hygrotramas hyla hylactophryne hylactophrynes hylas hylidae hylidaes hylobates
hylobateses hylobatidae hylobatidaes hylocereus hylocereuses hylocichla hylocichlas hylophylax
hylophylaxes hymen hymenaea hymenaeas hymenanthera hymenantheras hymenium hymeniums
hymenogastrales hymenogastraleses hymenomycetes hymenomyceteses hymenophyllaceae
hymenophyllaceaes hymenophyllum hymenophyllums hymenopter hymenoptera hymenopteran hymenopterans
hymenopteras hymenopteron hymenopterons hymenopters hymens hymie hymies hynerpeton hynerpetons
hyoids hyoscine hyoscines hyoscyamine hyoscyamines hyoscyamus hyoscyamuses hypanthium
hypanthiums hypentelium hypenteliums hypercoaster hypercoasters hypericaceae hypericaceaes
hypericales hypericaleses hypericum hypericums hypermarket hypermarkets hypermastigina
hypermastiginas hypermastigote hypermastigotes hyperoartia hyperoartias hyperodontidae
hyperodontidaes hyperoglyphe hyperoglyphes hyperon hyperons hyperoodon hyperoodons hyperope
hyperopes hyperotreta hyperotretas hyperstat hyperstats hypertensin hypertensins hypertensives
hypervelocities hypervelocity hypha hyphantria hyphantrias hyphas hypnagogue hypnagogues
hypnotics hypnotiser hypnotisers hypnotist hypnotists hypnotizer hypnotizers hypo hypobasidium
hypobasidiums hypoblast hypoblasts hypochaeris hypochaerises hypochlorite hypochlorites
hypochoeris hypochoerises hypochondriacs hypochondrium hypochondriums hypocreaceae hypocreaceaes
hypocreales hypocrealeses hypocrite hypocrites hypoderma hypodermas hypodermatidae
hypodermatidaes hypodermics hypodermis hypodermises hypoglossal hypoglossals hypopachus
hypopachuses hypophysis hypophysises hypopitys hypopityses hypos hypotensives hypothalamus
hypothalamuses hypoxidaceae hypoxidaceaes hypoxis hypoxises hypsiglena hypsiglenas
hypsiprymnodon hypsiprymnodons hypsometer hypsometers hyracoidea hyracoideas hyracotherium
hyracotheriums hyrax hyraxes hyson hysons hyssop hyssops hyssopus hyssopuses hysterosalpingogram
hysterosalpingograms hystricidae hystricidaes hystricomorpha hystricomorphas hytrin hytrins hz
hzes iaa iaas ianfu ianfus iberians iberis iberises ibex ibexes ibis ibises ibuprofen ibuprofens
icaco icacos icbm icbms ice iceberg icebergs iceboat iceboats icebox iceboxes icebreaker
icebreakers icecap icecaps icecream icecreams icefall icefalls icehouse icehouses icelander
icelanders iceman icemen icepick icepicks ices icetray icetrays ichneumon ichneumonidae
ichneumonidaes ichneumons ichor ichors ichthyologist ichthyologists ichthyosaur ichthyosauria
ichthyosaurias ichthyosauridae ichthyosauridaes ichthyosaurs ichthyosaurus ichthyosauruses
ichyostega ichyostegas icicle icicles iconoclast iconoclasts iconographies iconography
iconoscope iconoscopes icsh icshes ictalurus ictaluruses icteria icterias icteridae icteridaes
ictiobus ictiobuses ictodosaur ictodosauria ictodosaurias ictodosaurs ictonyx ictonyxes idahoan
idahoans idealist idealists idealogue idealogues identikit identikits ideologist ideologists
ideologue ideologues ides ideses idesia idesias idiot idiots idler idlers idocrase idocrases
idol idolater idolaters idolatress idolatresses idoliser idolisers idolizer idolizers idols ied
ieds ies ig iga igas igbo igbos igd igds ige iges igg iggs igloo igloos iglu iglus igm igms
igniter igniters ignitor ignitors ignoramus ignoramuses igs iguana iguanas iguania iguanias
iguanid iguanidae iguanidaes iguanids iguanodon iguanodons iguanodontidae iguanodontidaes iiis
ikon ikons ilama ilamas ileum ileums ilex ilexes iliamna iliamnas ilium iliums illecebrum
illecebrums illegitimates illicium illiciums illinois illinoisan illinoisans illinoises
illiterates illuminant illuminants illusionist illusionists illustrator illustrators ilmenite
ilmenites ilosone ilosones imaginaries imam imams imaret imarets imaum imaums imavate imavates
imbauba imbaubas imbecile imbeciles imbiber imbibers imbrication imbrications imidazole
imidazoles imide imides iminazole iminazoles imipramine imipramines imitator imitators immigrant
immigrants immortals immortelle immortelles immovables immunes immunogen immunogens
immunoglobulin immunoglobulins immunologist immunologists immunosuppressant immunosuppressants
immunosuppressives immunosuppressor immunosuppressors imp impairer impairers impala impalas
impedimenta impedimentas impeller impellers imperialists imperials imperium imperiums
impersonator impersonators import importee importees importer importers imports impost imposter
imposters impostor impostors imposts impregnation impregnations impresario impresarios
impressionism impressionisms impressionist impressionists improver improvers improvisation
improvisations imps impurities impurity imuran imurans inachis inachises inamorata inamoratas
inamorato inamoratos inca incans incarnation incarnations incas incendiaries incense incenses
inch inches inchworm inchworms incidentals incienso inciensos incinerator incinerators
incipience incipiences incipiencies incipiency incisor incisors inciter inciters inclinometer
inclinometers income incomes incompetent incompetents inconel inconels incubator incubators
incubus incubuses incumbencies incumbency incumbents incumbrance incumbrances incurables incus
incuses indapamide indapamides indemnification indemnifications indene indenes independents
inderal inderals indexer indexers indiaman indiamen indian indiana indianan indianans indianas
indians indicatoridae indicatoridaes indiction indictions indigen indigene indigenes indigens
indigofera indigoferas indigos indigotin indigotins indinavir indinavirs indium indiums
individualist individualists indocin indocins indomethacin indomethacins indonesians indorser
indorsers indri indriidae indriidaes indris indrises inducer inducers inductee inductees
inductor inductors indument induments indumentum indumentums indusium indusiums industrialist
industrialists inebriant inebriants inebriate inebriates inessentials infancies infancy infant
infanticide infanticides infantryman infantrymen infants inferiors infernals inferno infernos
infidel infidels infield infielder infielders infields infiltrator infiltrators infinities
infinitude infinitudes infinity infirmaries infirmary inflater inflaters inflator inflators
infliximab infliximabs informant informants informer informers infrastructure infrastructures
infundibulum infundibulums infusion infusions infusoria infusorian infusorians infusorias inga
ingas ingenue ingenues inger ingerman ingermen ingers ingesta ingestas inglenook inglenooks
ingot ingots ingrate ingrates ingredient ingredients ingrian ingrians ingrowth ingrowths inguen
inguens inh inhabitant inhabitants inhalants inhalator inhalators inhaler inhalers inheritor
inheritors inheritress inheritresses inheritrix inheritrixes inhibitor inhibitors inhs inion
inions initiator initiators injectant injectants injector injectors injun injuns ink inka inkas
inkberries inkberry inkle inkles inkpad inkpads inkpot inkpots inks inkstand inkstands inkwell
inkwells inlet inlets inmate inmates inn innards innardses innersole innersoles inning innkeeper
innkeepers innocense innocenses innocents innovation innovations innovator innovators inns
inocor inocors inoculant inoculants inoculator inoculators inoculum inoculums inosculation
inosculations inosine inosines inositol inositols inpatient inpatients inquirer inquirers
inquisitor inquisitors insect insecta insectas insecticide insecticides insectifuge insectifuges
insectivora insectivoras insectivore insectivores insects insessores insessoreses inset insets
insider insiders insides insole insoles insolvents insomniacs inspector inspectors inspirer
inspirers installment installments instant instants instar instars instep insteps instigant
instigants instigator instigators instillator instillators instructor instructors instructress
instructresses instrument instrumentalist instrumentalists instrumentation instrumentations
instruments insulant insulants insulator insulators insulin insulins insurance insurances
insureds insurgents insurrectionist insurrectionists intangible intangibles integer integers
integrator integrators integument integuments intellectuals intelnet intelnets interbrain
interbrains intercalation intercalations interceptor interceptors intercessor intercessors
interchange interchanges intercom intercoms intercostals interface interfaces interferometer
interferometers interferon interferons interims interior interiors interlayer interlayers
interleukin interleukins interlocutor interlocutors interloper interlopers interlude interludes
intermediaries intermediary intermediates intermediator intermediators intermixture
intermixtures intern internationalists interne internee internees internes internet internets
internist internists internode internodes interns internuncio internuncios interoceptor
interoceptors interphone interphones interpreter interpreters interregnum interregnums
interrogator interrogators interrupter interrupters intersex intersexes interstates interstice
interstices interval intervals intervenor intervenors interviewee interviewees interviewer
interviewers intestine intestines inti intima intimas intis intoxicants intranet intranets
intrenchment intrenchments intriguer intriguers introitus introituses intron introns intropin
intropins introvert introverts intruder intruders inuit inuits inula inulas inulin inulins
invader invaders invalid invalidator invalidators invalids invar invars inventor inventors
invertase invertases invertebrates inverter inverters investigator investigators investor
investors invigilator invigilators invigorator invigorators invirase invirases invitee involucre
involucres iodide iodides iodin iodine iodines iodins iodochlorhydroxyquin iodochlorhydroxyquins
iodocompound iodocompounds iodoform iodoforms iodoprotein iodoproteins iodopsin iodopsins
iodothyronine iodothyronines iodotyrosine iodotyrosines iol iols ion ionians ionosphere
ionospheres ions iota iotas iou ious iowa iowan iowans iowas ioway ioways ipecac ipecacs ipidae
ipidaes ipod ipods ipomoea ipomoeas iproclozide iproclozides ipv ipvs ir irakis irani iranians
iranis iraqis irelander irelanders irena irenas irenidae irenidaes iresine iresines iridaceae
iridaceaes iridium iridiums iridoprocne iridoprocnes iridosmine iridosmines iris irises irishes
irishman irishmen irishwoman irishwomen iron ironclads ironings ironist ironists ironman ironmen
ironmonger ironmongeries ironmongers ironmongery irons ironses ironside ironsides ironware
ironwares ironweed ironweeds ironwood ironwoods ironwork ironworker ironworkers ironworks
ironworkses iroquois iroquoises irrationals irredenta irredentas irredentist irredentists
irregulars irreligionist irreligionists irridenta irridentas irridentist irridentists irvingia
irvingias isarithm isarithms isatis isatises ischigualastia ischigualastias ischium ischiums
ishmael ishmaels isinglass isinglasses islamist islamists island islander islanders islands
islay islays ismailian ismailians ismailis isoagglutinin isoagglutinins isoagglutinogen
isoagglutinogens isoantibodies isoantibody isobar isobars isobutylene isobutylenes isocarboxazid
isocarboxazids isochrone isochrones isoclinals isocyanate isocyanates isoetaceae isoetaceaes
isoetales isoetaleses isoetes isoeteses isoflurane isofluranes isogamete isogametes isogone
isogones isogram isograms isohel isohels isolationists isoleucine isoleucines isomer isomerase
isomerases isomers isometries isometry isoniazid isoniazids isopleth isopleths isopod isopoda
isopodas isopods isopropanol isopropanols isoproterenol isoproterenols isoptera isopteras
isoptin isoptins isopyrum isopyrums isordil isordils isosorbide isosorbides isospondyli
isospondylis isotherm isotherms isothiocyanate isothiocyanates isotope isotopes israeli israelis
israelite isthmus isthmuses istiophoridae istiophoridaes istiophorus istiophoruses isuprel
isuprels isuridae isuridaes isurus isuruses italians itinerants itineraries itinerary
itraconazole itraconazoles iud iuds iva ivas ivies ivories ivory ivorybill ivorybills ivp ivps
ivs ivy ixes ixia ixias ixobrychus ixobrychuses ixodes ixodeses ixodid ixodidae ixodidaes
ixodids iyar iyars iyyar iyyars izar izars j jabberer jabberers jabiru jabirus jaboncillo
jaboncillos jabot jaboticaba jaboticabas jabots jacamar jacamars jacaranda jacarandas jacinth
jacinths jack jackal jackals jackanapes jackanapeses jackass jackasses jackboot jackboots
jackdaw jackdaws jacket jackets jackfruit jackfruits jackhammer jackhammers jackknife jackknifes
jacklight jacklights jackpot jackpots jackrabbit jackrabbits jackscrew jackscrews jacksmelt
jacksmelts jacksnipe jacksnipes jacksonia jacksonians jacksonias jackstones jackstoneses
jackstraw jacob jacobeans jacobin jacobins jacobite jacobites jacobs jaconet jaconets jacquard
jacquards jacquinia jacquinias jaculus jaculuses jade jadeite jadeites jades jadestone
jadestones jaeger jaegers jag jaggaries jaggary jaggeries jaggery jaggheries jagghery jags jagua
jaguar jaguarondi jaguarondis jaguars jaguarundi jaguarundis jaguas jail jailbird jailbirds
jailer jailers jailhouse jailhouses jailor jailors jails jainists jak jakes jakeses jaks
jalapeno jalapenos jalopies jalopy jalousie jalousies jamaican jamaicans jamb jambalaya
jambalayas jambeau jambeaus jamberries jamberry jambon jambons jambos jambosa jambosas jamboses
jambs jamesonia jamesonias jamjar jamjars jammer jammers jammies jammieses jampan jampans jampot
jampots jan janissaries janissary janitor janitors jans jansenist jansenists januaries january
jap japan japaneses japans japonica japonicas japs jar jarful jarfuls jargoon jargoons jars
jasmine jasmines jasminum jasminums jasper jaspers jassid jassidae jassidaes jassids jat
jatropha jatrophas jats java javaneses javans javanthropus javanthropuses javas javelina
javelinas jaw jawan jawans jawbone jawbones jawbreaker jawbreakers jawfish jawfishes jaws jay
jaybird jaybirds jays jaywalker jaywalkers jazzman jazzmen jdam jdams jean jeans jeep jeeps
jeerer jeerers jeffersonians jejunum jejunums jellaba jellabas jellies jello jellos jelly
jellyfish jellyfishes jellyleaf jellyleafs jellyroll jellyrolls jemmies jemmy jennet jennets
jennies jenny jerboa jerboas jerker jerkers jerkies jerkin jerkins jeroboam jeroboams jerries
jerry jersey jerseys jessamine jessamines jester jesters jesuit jesuits jet jeth jeths jetliner
jetliners jets jetsam jetsams jetties jetty jew jewbush jewbushes jewel jeweler jewelers
jeweller jewelleries jewellers jewellery jewelries jewelry jewels jewelweed jewelweeds jewess
jewesses jewfish jewfishes jews jezebel jezebels jiao jiaos jib jibboom jibbooms jibs jiffies
jiffy jigaboo jigaboos jigger jiggermast jiggermasts jiggers jigsaw jigsaws jihadist jihadists
jillion jillions jimdandies jimdandy jimhickey jimhickeys jimmieses jimsonweed jimsonweeds jingo
jingoist jingoists jingos jinnee jinnees jinni jinnis jinrikisha jinrikishas jinx jinxes jiqui
jiquis jird jirds jitney jitneys jnr jnrs jobber jobbers jobcentre jobcentres jobholder
jobholders jock jockey jockeys jocks jockstrap jockstraps jocote jocotes jodhpur jodhpurs
jodhpurses joewood joewoods jogger joggers john johnnies johnny johnnycake johnnycakes johns
joiner joineries joiners joinery jointer jointers joints jointure jointures jointworm jointworms
joist joists joker jokers jokester jokesters jonah jonahs jonathan jonathans jongleur jongleurs
jonquil jonquils jook jooks jordanella jordanellas jordanians jorum jorums joss josses jotun
jotunn jotunns jotuns joule joules journalist journalists journeyer journeyers journeyman
journeymen jowl jowls joystick joysticks jr jrs js jubilee jubilees judas judases jug jugale
jugales jugful jugfuls juggernaut juggernauts juggler jugglers juglandaceae juglandaceaes
juglandales juglandaleses juglans juglanses jugoslav jugoslavian jugoslavians jugoslavs jugs
jugulars juice juicer juicers juices jujube jujubes juke jukebox jukeboxes jukes julep juleps
julienne juliennes julies july jumbal jumbals jumbojet jumbojets jument juments jumper jumpers
jumpsuit jumpsuits juncaceae juncaceaes juncaginaceae juncaginaceaes junco juncos junction
junctions juncus juncuses june juneberries juneberry junes jungermanniaceae jungermanniaceaes
jungermanniales jungermannialeses jungians jungle jungles junior juniors juniper junipers
juniperus juniperuses junk junker junkers junket junkets junkie junkies junks junky junkyard
junkyards jupati jupaties jupatis jupaty jurist jurists juror jurors juryman jurymen jurywoman
jurywomen justiciar justiciaries justiciars justiciary justifier justifiers jute jutes juveniles
jyaistha jyaisthas jynx jynxes k kabbalist kabbalists kabob kabobs kabolin kabolins kachina
kachinas kaffir kaffirs kaffiyeh kaffiyehs kafir kafirs kafocin kafocins kaftan kaftans
kahikatea kahikateas kahlua kahluas kail kails kainite kainites kaiser kaisers kakatoe kakatoes
kakemono kakemonos kaki kakis kalansuwa kalansuwas kalantas kalantases kalapooia kalapooias
kalapuya kalapuyas kalashnikov kalashnikovs kale kales kali kalian kalians kalif kalifs kaliph
kaliphs kalis kalka kalkas kalmia kalmias kalotermes kalotermeses kalotermitidae kalotermitidaes
kalpac kalpacs kalumpang kalumpangs kameez kameezes kamia kamias kamikaze kamikazes kampong
kampongs kampucheans kanaf kanafs kanamycin kanamycins kanarese kanareses kanchil kanchils
kangaroo kangaroos kansa kansan kansans kansas kansases kantrex kantrexes kanzu kanzus kaochlor
kaochlors kaoliang kaoliangs kaolin kaoline kaolines kaolinite kaolinites kaolins kaon kaons
kaopectate kaopectates kapeika kapeikas kapok kapoks kapuka kapukas karabiner karabiners
karakalpak karakalpaks karakul karakuls karat karats karelian karelians karok karoks kartik
kartiks karttika karttikas karyolymph karyolymphs karyon karyons karyoplasm karyoplasms
karyotype karyotypes kasbah kasbahs kasha kashas kashmiris kassite kassites kat kataris
katharobe katharobes katharometer katharometers kats katsuwonidae katsuwonidaes katsuwonus
katsuwonuses katydid katydids kauri kauries kauris kaury kava kavakava kavakavas kavas kavrin
kavrins kawaka kawakas kayak kayaks kazak kazakh kazakhs kazakhstanis kazaks kazoo kazoos kb
kbit kbits kbo kbos kbs kc kcs kea keas kebab kebabs kechua kechuas kedgeree kedgerees keelboat
keelboats keelson keelsons keeper keepers keepsake keepsakes keeshond keeshonds keflex keflexes
keflin keflins keftab keftabs keg kegful kegfuls kegs keister keisters kekchi kekchis kelp
kelpie kelpies kelps kelpwort kelpworts kelpy kelt kelts kelvin kelvins kemadrin kemadrins kenaf
kenafs kenalog kenalogs kendal kendals kennan kennans kennedia kennedias kennedya kennedyas
kennel kennels kentan kentans kentuckian kentuckians kenyans kenyapithecus kenyapithecuses kepi
kepis keratin keratins keratohyalin keratohyalins keratoscope keratoscopes kerb kerbs kerbstone
kerbstones kerchief kerchiefs kern kernel kernels kernite kernites kerns kerosene kerosenes
kerosine kerosines kestrel kestrels ketalar ketalars ketamine ketamines ketch ketches ketchup
ketchups keteleeria keteleerias ketembilla ketembillas ketohexose ketohexoses ketone ketones
ketoprofen ketoprofens ketorolac ketorolacs ketose ketoses ketosteroid ketosteroids kettle
kettledrum kettledrums kettleful kettlefuls kettles keurboom keurbooms key keyboard keyboardist
keyboardists keyboards keyhole keyholes keynesians keypad keypads keys kg kgs khaddar khaddars
khadi khadis khakis khakises khalif khalifah khalifahs khalifs khalka khalkas khalkha khalkhas
khan khanate khanates khans khanties khanty khat khats khaya khayas khedive khedives khesari
khesaris khimar khimars khirghiz khirghizes khoum khoums khufu khufus khukuri khukuris khz khzes
kiaat kiaats kiang kiangs kib kibble kibbles kibbutznik kibbutzniks kibibit kibibits kibibyte
kibibytes kibit kibits kibitzer kibitzers kibs kichai kichais kickapoo kickapoos kickback
kickbacks kicker kickers kickshaw kickshaws kicksorter kicksorters kickstand kickstands kid
kiddies kiddy kidnaper kidnapers kidnapper kidnappers kidney kidneys kids kidskin kidskins
kieselguhr kieselguhrs kieserite kieserites kiggelaria kiggelarias kike kikes kildeer kildeers
kilderkin kilderkins kiley kileys kiliwa kiliwas kiliwi kiliwis killdeer killdeers killer
killers killifish killifishes killjoy killjoys kiln kilns kilo kilobit kilobits kilobyte
kilobytes kilocalorie kilocalories kilocycle kilocycles kilogram kilograms kilohertz kilohertzes
kiloliter kiloliters kilolitre kilolitres kilometer kilometers kilometre kilometres kilos
kiloton kilotons kilovolt kilovolts kilowatt kilowatts kilt kilts kimberlite kimberlites kimono
kimonos kina kinas kinase kinases kindergartener kindergarteners kindergartner kindergartners
kindling kindlings kine kines kinescope kinescopes kinetochore kinetochores kinetoscope
kinetoscopes king kingbird kingbirds kingbolt kingbolts kingcup kingcups kingfish kingfisher
kingfishers kingfishes kinglet kinglets kingmaker kingmakers kingpin kingpins kings kingsnake
kingsnakes kingwood kingwoods kinin kinins kinkajou kinkajous kino kinos kinosternidae
kinosternidaes kinosternon kinosternons kins kinsman kinsmen kinsperson kinspersons kinswoman
kinswomen kiosk kiosks kiowa kiowas kip kipper kippers kips kirghiz kirghizes kirgiz kirgizes
kirk kirkia kirkias kirks kirpan kirpans kirsch kirsches kirtle kirtles kishke kishkes kislev
kislevs kisser kissers kit kitambilla kitambillas kitbag kitbags kitchen kitchenette
kitchenettes kitchens kitchenware kitchenwares kite kitembilla kitembillas kites kits kitsch
kitsches kitten kittens kitties kittiwake kittiwakes kittul kittuls kitty kitul kituls kiwi
kiwis klansman klansmen klavier klaviers klaxon klaxons klebsiella klebsiellas kleenex kleenexes
kleptomaniac kleptomaniacs klick klicks klorvess klorvesses klutz klutzes kluxer kluxers
klystron klystrons km kms knacker knackers knackwurst knackwursts knapsack knapsacks knapweed
knapweeds knave knaves knawe knawel knawels knawes knee kneecap kneecaps kneeler kneelers
kneepan kneepans knees knickerbockers knickerbockerses knickers knickerses knickknack
knickknackeries knickknackery knickknacks knife knifes knight knightia knightias knights
kniphofia kniphofias knish knishes knitter knitters knitting knittings knitwear knitwears
knitwork knitworks knob knobble knobbles knobkerrie knobkerries knobkerry knobs knockabouts
knocker knockers knockoff knockoffs knockouts knockwurst knockwursts knoll knolls knotgrass
knotgrasses knothole knotholes knout knouts knower knowers knuckle knucklehead knuckleheads
knuckles knuckleses knucks knuckses koala koalas koasati koasatis kob kobo kobos kobs kobus
kobuses kochia kochias kodiak kodiaks koellia koellias kogia kogias kohl kohleria kohlerias
kohlrabi kohlrabis kohls kola kolam kolams kolas kolkhoznik kolkhozniks kolkwitzia kolkwitzias
komi komis komondor komondors konini koninis koodoo koodoos kook kookaburra kookaburras kooks
kopeck kopecks kopek kopeks kopiyka kopiykas kopje kopjes koppie koppies kor korean koreans kors
koruna korunas kos koses koshers kosteletzya kosteletzyas kota kotar kotars kotas kotex kotexes
koto kotos koudou koudous koumiss koumisses kowhai kowhais kp kph kphs kps kr kraal kraals kraft
krafts krait kraits kraut krauthead krautheads krauts kremlin kremlins krigia krigias krill
krills kris krises krona kronas krone krones kroon kroons krs krubi krubis krummhorn krummhorns
krypterophaneron krypterophanerons krypton kryptons ks kshatriya kshatriyas kt kts kudu kudus
kudzu kudzus kui kuis kumis kumises kummel kummels kumquat kumquats kunzite kunzites kurakkan
kurakkans kurchee kurchees kurchi kurchis kurd kurdistan kurdistans kurds kurrajong kurrajongs
kurrat kurrats kurta kurtas kurus kuruses kusan kusans kutch kutches kuvasz kuvaszes kuwaitis kv
kvass kvasses kvetch kvetches kvs kw kwacha kwachas kwai kwais kwakiutl kwakiutls kwanza kwanzas
kweek kweeks kwell kwells kws kyanite kyanites kyat kyats kylie kylies kylix kylixes kymograph
kymographs kyphosidae kyphosidaes kyphosus kyphosuses l la laager laagers lab labdanum labdanums
labetalol labetalols labiatae labiataes labium labiums lablab lablabs laboratories laboratory
laborer laborers labourer labourers labourite labourites labridae labridaes labrocyte labrocytes
labs laburnum laburnums labyrinth labyrinthodont labyrinthodonta labyrinthodontas
labyrinthodontia labyrinthodontias labyrinthodonts labyrinths lac laccopetalum laccopetalums
lacebark lacebarks lacepod lacepods lacer lacers lacerta lacertas lacertid lacertidae
lacertidaes lacertids lacertilia lacertilias lacewing lacewings lacewood lacewoods lacework
laceworks lachnolaimus lachnolaimuses lachrymator lachrymators lacings lackey lackeys laconian
laconians lacquer lacquers lacquerware lacquerwares lacrimator lacrimators lacs lactaid lactaids
lactalbumin lactalbumins lactarius lactariuses lactase lactases lactate lactates lactation
lactations lacteals lactifuge lactifuges lactobacillaceae lactobacillaceaes lactobacillus
lactobacilluses lactobacteriaceae lactobacteriaceaes lactoflavin lactoflavins lactogen lactogens
lactophrys lactophryses lactose lactoses lactuca lactucas lacuna lacunas lad ladanum ladanums
ladder ladders laddie laddies ladies lading ladings ladino ladinos ladle ladles lads lady
ladybeetle ladybeetles ladybird ladybirds ladybug ladybugs ladyfinger ladyfingers ladyfish
ladyfishes ladylove ladyloves laelia laelias laetrile laetriles laevulose laevuloses lagan
lagans lagarostrobus lagarostrobuses lagenaria lagenarias lagend lagends lagenophera
lagenopheras lager lagerphone lagerphones lagers lagerstroemia lagerstroemias laggard laggards
lagger laggers lagging laggings lagidium lagidiums lagniappe lagniappes lagodon lagodons
lagomorph lagomorpha lagomorphas lagomorphs lagoon lagoons lagopus lagopuses lagorchestes
lagorchesteses lagostomus lagostomuses lagothrix lagothrixes laguna lagunas laguncularia
laguncularias lagune lagunes lair laird lairds lairs lake lakefront lakefronts lakes lakeshore
lakeshores lakeside lakesides lakh lakhs lakota lakotas lallies lally lama lamaist lamaists
lamarckians lamas lamaseries lamasery lamb lambchop lambchops lambert lambertia lambertias
lamberts lambis lambises lambkill lambkills lambkin lambkins lambrequin lambrequins lambs
lambskin lambskins lamella lamellas lamellibranches lamellibranchia lamellibranchias
lamellicornia lamellicornias lamenter lamenters lames lamia lamiaceae lamiaceaes lamias lamina
laminaria laminariaceae laminariaceaes laminariales laminarialeses laminarias laminas lamination
laminations laminator laminators lamisil lamisils lamium lamiums lamivudine lamivudines lammas
lammases lammastide lammastides lammergeier lammergeiers lammergeyer lammergeyers lamna lamnas
lamnidae lamnidaes lamp lampblack lampblacks lamphouse lamphouses lamplighter lamplighters
lampooner lampooners lamppost lampposts lamprey lampreys lampridae lampridaes lampris lamprises
lampropeltis lampropeltises lamps lampshade lampshades lampshell lampshells lampyridae
lampyridaes lan lanai lanais lancastrians lance lancelet lancelets lancer lances lancet
lancetfish lancetfishes lancets lancewood lancewoods land landau landaus lander landers landfall
landfalls landfill landfills landgrave landgraves landholder landholders landholding
landholdings landings landladies landlady landline landlines landlord landlords landlubber
landlubbers landman landmark landmarks landmass landmasses landmen landowner landowners
landrover landrovers lands landscape landscaper landscapers landscapes landscapist landscapists
landside landsides landsman landsmen lane lanes langbeinite langbeinites langlaufer langlaufers
langley langleys langobard langobards langouste langoustes langoustine langoustines langsat
langsats langset langsets langsynes languisher languishers langur langurs laniard laniards
laniidae laniidaes lanius laniuses lanolin lanolins lanoxin lanoxins lans lansa lansas lansat
lansats lanseh lansehs lanset lansets lansoprazole lansoprazoles lantana lantanas lantern
lanternfish lanternfishes lanterns lanthanide lanthanides lanthanoid lanthanoids lanthanon
lanthanons lanthanotidae lanthanotidaes lanthanotus lanthanotuses lanthanum lanthanums lanugo
lanugos lanyard lanyards laos laotians lap laparoscope laparoscopes lapboard lapboards lapdog
lapdogs lapel lapels lapful lapfuls lapidaries lapidarist lapidarists lapidator lapidators
lapidist lapidists lapin lapins laportea laporteas lapp lappet lappets lapping lappings
lapplander lapplanders lapps lappula lappulas laps laptop laptops lapwing lapwings larboards
larcener larceners larcenist larcenists larch larches lard larder larders lardizabala
lardizabalaceae lardizabalaceaes lardizabalas lards largemouth largemouths largess largesse
largesses lari lariat lariats laricariidae laricariidaes larid laridae laridaes larids laris
larium lariums larix larixes lark larks larkspur larkspurs larodopa larodopas larotid larotids
larrea larreas larus laruses larva larvacea larvacean larvaceans larvaceas larvacide larvacides
larvas larvicide larvicides laryngopharynx laryngopharynxes laryngoscope laryngoscopes larynx
larynxes las lasagna lasagnas lasagne lasagnes lascar lascars laser lasers lasher lashers
lashings lashingses lasiocampa lasiocampas lasiocampid lasiocampidae lasiocampidaes lasiocampids
lasiurus lasiuruses lasix lasixes lass lasses lassie lassies lasso lassos lastex lastexes
lasthenia lasthenias lastreopsis lastreopsises lat latakia latakias latanier lataniers latchet
latchets latchkey latchkeys latchstring latchstrings latecomer latecomers lateens latencies
latency laterite laterites lates lateses latex latexes lath lathe lathee lathees lather lathers
lathes lathi lathis laths lathyrus lathyruses laticifer laticifers latimeria latimerias
latimeridae latimeridaes latinae latinaes latinist latinists latinos latitude latitudes
latitudinarians latke latkes latona latonas latrine latrines latrodectus latrodectuses lats
latses latte latten lattens lattes latticework latticeworks latvians laudanum laudanums laudator
laudators lauder lauders laugher laughers laughingstock laughingstocks lauhala lauhalas launce
launces launcher launchers launchpad launchpads launderette launderettes laundress laundresses
laundries laundromat laundromats laundry laundryman laundrymen laundrywoman laundrywomen
lauraceae lauraceaes laureates laurel laurelwood laurelwoods laurus lauruses lav lava lavabo
lavabos lavalava lavalavas lavalier lavaliere lavalieres lavaliers lavalliere lavallieres
lavandula lavandulas lavas lavatera lavateras lavatories lavatory lavenders laver lavers lavs
lawbreaker lawbreakers lawcourt lawcourts lawgiver lawgivers lawmaker lawmakers lawman lawmen
lawn lawns lawrencium lawrenciums lawyer lawyerbush lawyerbushes lawyers laxatives layabout
layabouts laybies layby layer layers layette layettes layia layias layman laymen layperson
laypersons lazar lazaret lazarets lazarette lazarettes lazaretto lazarettos lazars lazuli
lazulis lazybones lazyboneses lb lbs lcd lcds ldl ldls lea leader leadings leadplant leadplants
leadwort leadworts leaf leafage leafages leafhopper leafhoppers leaflet leaflets leafs leafstalk
leafstalks leak leaker leakers leaks leaper leapers learner learners leas lease leasehold
leaseholder leaseholders leaseholds leases leash leashes leather leatherback leatherbacks
leatherette leatherettes leatherfish leatherfishes leatherjack leatherjacket leatherjackets
leatherjacks leatherleaf leatherleafs leatherneck leathernecks leathers leatherwood leatherwoods
leatherwork leatherworks leaven leavens leaver leavers lebaneses lebensraum lebensraums lebistes
lebisteses lecanopteris lecanopterises lecanora lecanoraceae lecanoraceaes lecanoras leccinum
leccinums lech lechanorales lechanoraleses lechatelierite lechatelierites lecher lechers leches
lechwe lechwes lecithin lecithins lectern lecterns lectin lectins lector lectors lecturer
lecturers lecythidaceae lecythidaceaes lederhosen lederhosens ledge ledgeman ledgemen ledger
ledgers ledges leds ledum ledums leech leechee leechees leeches leek leeks lees leeses
leflunomide leflunomides leftfield leftfields lefthander lefthanders lefties leftists leftovers
leftoverses lefts lefty leg legacies legacy legate legatee legatees legates leger legers legging
leggings leghorn leghorns leging legings legionaries legionary legionella legionellas
legionnaire legionnaires legislator legislators lego legos legume legumes leguminosae
leguminosaes lei leiopelma leiopelmas leiopelmatidae leiopelmatidaes leiophyllum leiophyllums
leipoa leipoas leis leishmania leishmanias leister leisters leisure leisures leitneria
leitneriaceae leitneriaceaes leitnerias lek leks lekvar lekvars lem lemaireocereus
lemaireocereuses lemanderin lemanderins lemming lemmings lemmus lemmuses lemna lemnaceae
lemnaceaes lemnas lemniscus lemniscuses lemon lemonade lemonades lemongrass lemongrasses lemons
lemonwood lemonwoods lempira lempiras lems lemur lemuridae lemuridaes lemuroidea lemuroideas
lemurs lender lenders lenitives lennoaceae lennoaceaes lens lense lenses lensman lensmen
lententide lententides lentibulariaceae lentibulariaceaes lenticel lenticels lentigo lentigos
lentil lentils lentinus lentinuses lentisk lentisks lents leo leonberg leonbergs leoncita
leoncitas leone leones leonotis leonotises leontocebus leontocebuses leontodon leontodons
leontopodium leontopodiums leonurus leonuruses leopard leopardbane leopardbanes leopardess
leopardesses leopards leos leotard leotards leotardses lepadidae lepadidaes lepas lepases
lepechinia lepechinias leper lepers lepidium lepidiums lepidobotryaceae lepidobotryaceaes
lepidobotrys lepidobotryses lepidochelys lepidochelyses lepidocrocite lepidocrocites
lepidocybium lepidocybiums lepidodendraceae lepidodendraceaes lepidodendrales lepidodendraleses
lepidolite lepidolites lepidomelane lepidomelanes lepidoptera lepidopteran lepidopterans
lepidopteras lepidopterist lepidopterists lepidopterologist lepidopterologists lepidopteron
lepidopterons lepidosauria lepidosaurias lepidothamnus lepidothamnuses lepiota lepiotaceae
lepiotaceaes lepiotas lepisma lepismas lepismatidae lepismatidaes lepisosteidae lepisosteidaes
lepisosteus lepisosteuses lepomis lepomises leporid leporidae leporidaes leporide leporides
leporids leppies leppy leprechaun leprechauns leptarrhena leptarrhenas leptinotarsa
leptinotarsas leptocephalus leptocephaluses leptodactylid leptodactylidae leptodactylidaes
leptodactylids leptodactylus leptodactyluses leptoglossus leptoglossuses leptomeninges
leptomeningeses lepton leptons leptopteris leptopterises leptoptilus leptoptiluses leptospira
leptospiras leptosporangium leptosporangiums leptotyphlopidae leptotyphlopidaes leptotyphlops
leptotyphlopses lepus lepuses ler lerot lerots lers lesbians lescol lescols lespedeza lespedezas
lesquerella lesquerellas lessee lessees lessor lessors letch letches leto letos letterer
letterers letterman lettermen letting lettings lettuce lettuces letup letups leu leucadendron
leucadendrons leucaena leucaenas leucanthemum leucanthemums leucine leucines leuciscus
leuciscuses leucocyte leucocytes leucocytozoan leucocytozoans leucocytozoon leucocytozoons
leucogenes leucogeneses leucorrhea leucorrheas leucothoe leucothoes leukeran leukerans leukocyte
leukocytes leukorrhea leukorrheas leus lev levallorphan levallorphans levant levantines levants
levator levators leveler levelers leveller levellers lever leveret leverets levers leviathan
leviathans levis levises levisticum levisticums levite levites levitra levitras levodopa
levodopas levs levulose levuloses lewisia lewisias lexicographer lexicographers lexicologist
lexicologists ley leycesteria leycesterias leymus leymuses leys lgb lgbs lh lhasa lhasas lhs
liabilities liabilitieses liana lianas liar liars liatris liatrises libation libations libber
libbers libeler libelers liberal liberalist liberalists liberals liberator liberators liberians
libertarian libertarians libertine libertines libocedrus libocedruses libra librarian librarians
libraries library libras librettist librettists libritabs libritabses librium libriums libyans
licensee licenser licensers licentiate licentiates lichanura lichanuras lichee lichees
lichenales lichenaleses lichenes licheneses lichgate lichgates lichi lichis licorice licorices
lid lidar lidars lido lidocaine lidocaines lidos lids liebfraumilch liebfraumilches
liechtensteiners liederkranz liederkranzes liegeman liegemen lieges lien liens lieutenant
lieutenants lifeblood lifebloods lifeboat lifeboats lifeguard lifeguards lifer lifers lifesaver
lifesavers lifespan lifespans lifetime lifetimes lifter lifters liftman liftmen ligament
ligaments ligan ligand ligands ligans liger ligers lightbulb lightbulbs lighter lighterage
lighterages lighterman lightermen lighters lighthouse lighthouses lightship lightships
lightweight lightweights lightwood lightwoods ligne lignes lignin lignins lignite lignites
lignosae lignosaes lignum lignums ligularia ligularias ligule ligules ligustrum ligustrums
likuta likutas lilac lilacs lilangeni lilangenis liliaceae liliaceaes liliales lilialeses lilies
liliidae liliidaes liliopsid liliopsida liliopsidas liliopsids lilith liliths lilium liliums
lilliputians lilo lilos lily lilyturf lilyturfs limacidae limacidaes liman limanda limandas
limax limaxes limb limbers limberses limbs limburger limburgers limbus limbuses lime limeade
limeades limekiln limekilns limenitis limenitises limes limestone limestones limewater
limewaters limey limeys limicolae limicolaes limiteds limiter limiters limner limners limning
limnings limnobium limnobiums limnocryptes limnocrypteses limnodromus limnodromuses limnologist
limnologists limo limonene limonenes limonite limonites limonium limoniums limos limosa limosas
limousine limousines limpa limpas limper limpers limpet limpets limpkin limpkins limulidae
limulidaes limulus limuluses linac linaceae linaceaes linacs linage linages linalool linalools
linanthus linanthuses linaria linarias lincocin lincocins lincoln lincolns lincomycin
lincomycins lindane lindanes linden lindens lindera linderas lindheimera lindheimeras lineation
lineations linebacker linebackers linecut linecuts lineman linen linendraper linendrapers linens
linesman linesmen ling lingberries lingberry lingcod lingcods lingenberries lingenberry lingerer
lingerers lingerie lingeries lingonberries lingonberry lings lingua linguas linguica linguicas
linguine linguines linguini linguinis linguist linguists liniment liniments linin linings linins
linkboy linkboys linkman linkmen linkses linksman linksmen linkup linkups linnaea linnaeas
linnet linnets lino linocut linocuts linoleum linoleums linos linotype linotypes linseed
linseeds linstock linstocks lint lintel lintels lints lintwhite lintwhites linum linums linuron
linurons liomys liomyses lion lioness lionesses lionet lionets lionfish lionfishes lions
liopelma liopelmas liopelmidae liopelmidaes liothyronine liothyronines lip liparidae liparidaes
liparididae liparididaes liparis liparises lipase lipases lipfern lipferns lipid lipide lipides
lipids lipitor lipitors lipizzan lipizzans lipoid lipoids lipoprotein lipoproteins liposcelis
liposcelises liposome liposomes lipotyphla lipotyphlas lippizan lippizaner lippizaners lippizans
lips lipstick lipsticks liquaemin liquaemins liqueur liqueurs liquidambar liquidambars
liquidator liquidators liquidiser liquidisers liquidizer liquidizers liquids liquor liquorice
liquorices liquors lir lira liras liriodendron liriodendrons liriope liriopes lirs lis
lisinopril lisinoprils lisle lisles lisper lispers listener listeners lister listera listeras
listeria listerias listers litas litases litchee litchees litchi litchis liter literates liters
lithane lithanes lithium lithiums lithocarpus lithocarpuses lithodidae lithodidaes lithoglyptics
lithoglypticses lithograph lithographer lithographers lithographs lithomancer lithomancers
lithonate lithonates lithophragma lithophragmas lithophyte lithophytes lithops lithopses
lithospermum lithospermums lithosphere lithospheres lithuanians litigant litigants litigator
litigators litmus litmuses litocranius litocraniuses litoral litorals litre litres litterateur
litterateurs litterbin litterbins litterbug litterbugs litterer litterers littleneck littlenecks
littles littorals littorina littorinas littorinidae littorinidaes liturgist liturgists
livelihood livelihoods livelongs liver liveries liverleaf liverleafs liverpudlians livers
liverwort liverworts liverwurst liverwursts liveryman liverymen livestock livestocks livistona
livistonas livonian livonians liza lizard lizardfish lizardfishes lizards lizas llama llamas
llano llanos lm lms loach loaches load loader loaders loadings loadses loadstar loadstars
loadstone loadstones loaf loafer loafers loafs loam loams loan loaner loaners loans loasa
loasaceae loasaceaes loasas loather loathers lobata lobatas lobbies lobby lobbyist lobbyists
lobe lobefin lobefins lobelia lobeliaceae lobeliaceaes lobelias lobes lobipes lobipeses
loblollies loblolly lobotes loboteses lobotidae lobotidaes lobscouse lobscouses lobscuse
lobscuses lobster lobsterback lobsterbacks lobsterman lobstermen lobsters lobularia lobularias
lobule lobules lobworm lobworms locale locales localities locality locals locater locaters
locator locators loch loches lochia lochias lockage lockages lockbox lockboxes locker lockers
locket lockets lockkeeper lockkeepers lockman lockmaster lockmasters lockmen locknut locknuts
lockring lockrings locksmith locksmiths lockstitch lockstitches lockup lockups locomotives
locoweed locoweeds locule locules loculus loculuses locum locums locus locuses locust locusta
locustas locustidae locustidaes locusts lodestar lodestars lodestone lodestones lodgepole
lodgepoles lodger lodgers lodgings lodgingses lodine lodines loess loesses loestrin loestrins
lofortyx lofortyxes loft lofts log loganberries loganberry logania loganiaceae loganiaceaes
loganias loge logger loggerhead loggerheads loggers loggia loggias logician logicians
logistician logisticians logomach logomaches logomachist logomachists logs logwood logwoods loin
loincloth loincloths loins loinses loir loirs loiseleuria loiseleurias loiterer loiterers loligo
loligos lolita lolitas lolium loliums lollies lollipop lollipops lolly lomariopsidaceae
lomariopsidaceaes lomatia lomatias lombard lombards loment loments lomogramma lomogrammas
lomotil lomotils lomustine lomustines lonas lonases lonchocarpus lonchocarpuses londoner
londoners loner loners longan longanberries longanberry longans longbeard longbeards longboat
longboats longbow longbowman longbowmen longbows longers longhorn longhorns longicorn longicorns
longitude longitudes longlegs longlegses longroot longroots longshoreman longshoremen longshot
longshots longueur longueurs longwool longwools longyi longyis lonicera loniceras loniten
lonitens lontar lontars loo loofa loofah loofahs loofas lookdown lookdowns looker lookers
lookout lookouts loon looney looneys loonie loonies loons looper loopers loos loosestrife
loosestrifes loot looter looters loots lophiidae lophiidaes lophius lophiuses lophodytes
lophodyteses lopholatilus lopholatiluses lophophora lophophoras lophophorus lophophoruses
lophosoria lophosoriaceae lophosoriaceaes lophosorias lopid lopids lopper loppers lopressor
lopressors loquat loquats loranthaceae loranthaceaes loranthus loranthuses lorazepam lorazepams
lorchel lorchels lord lords lorfan lorfans lorgnette lorgnettes lorica loricas loricata
loricatas lories loriinae loriinaes lorikeet lorikeets lorisidae lorisidaes lorries lorry lory
loser losers losings losingses loss losses losseses lot lota lotas lothario lotharios loti
lotion lotions lotis lots lotses lotte lottes lotus lotuses loudmouth loudmouths loudspeaker
loudspeakers lough loughs louisianan louisianans louisianian louisianians lounger loungers
loungewear loungewears loupe loupes louse louses lout louts louvar louvars louver louvers louvre
louvres lovage lovages lovastatin lovastatins lovebird lovebirds lovelies lover lovers loveseat
loveseats lovoa lovoas lowan lowans lowboy lowboys lowbrows lowerclassman lowerclassmen lowland
lowlander lowlanders lowlands lowlife lowlifes lox loxapine loxapines loxes loxia loxias
loxitane loxitanes loxodonta loxodontas loxodrome loxodromes loxoma loxomas loxomataceae
loxomataceaes loxostege loxosteges loyalist loyalists lozal lozals lozenge lozenges lp lpn lpns
lps lr lrs ls lsd lsds lu luba lubas lubavitcher lubavitchers lubber lubbers lube lubes
lubricant lubricants lubricator lubricators lucanidae lucanidaes lucerne lucernes lucifer
luciferin luciferins lucifers lucilia lucilias lucite lucites lucre lucres luddite luddites
lufengpithecus lufengpithecuses luff luffa luffas luffs luge luger lugers luges luggage luggages
lugger luggers lugsail lugsails lugworm lugworms lull lulls lulu lulus lumber lumberjack
lumberjacks lumberman lumbermen lumbermill lumbermills lumbers lumberyard lumberyards lumbus
lumbuses lumen lumens luminal luminals luminaries luminary lumma lummas lummox lummoxes lumpenus
lumpenuses lumper lumpers lumpfish lumpfishes lumpsucker lumpsuckers lunaria lunarias lunatics
lunation lunations lunch luncheon luncheons luncher lunchers lunches lunchroom lunchrooms
lunchtime lunchtimes lunda lundas lunette lunettes lung lungen lungens lunger lungers lungfish
lungfishes lungi lungis lungs lungyi lungyis lunkhead lunkheads lunula lunulas lunule lunules
lupin lupines lupins lupinus lupinuses lurcher lurchers lurker lurkers lus luscinia luscinias
lushes lusterware lusterwares lustrum lustrums lutanist lutanists lute lutecium luteciums
lutefisk lutefisks lutein luteins lutenist lutenists luteotropin luteotropins lutes lutetium
lutetiums lutfisk lutfisks lutherans luthier luthiers luting lutings lutist lutists lutjanidae
lutjanidaes lutjanus lutjanuses lutra lutras lutrinae lutrinaes luvaridae luvaridaes luvarus
luvaruses lux luxembourger luxembourgers luxemburgers luxes lwei lweis lxes lxxes lxxviiis
lxxxes lycaena lycaenas lycaenid lycaenidae lycaenidaes lycaenids lycaeon lycaeons lycanthrope
lycanthropes lychee lychees lychgate lychgates lychnis lychnises lycium lyciums lycopene
lycopenes lycoperdaceae lycoperdaceaes lycoperdales lycoperdaleses lycoperdon lycoperdons
lycopersicon lycopersicons lycopersicum lycopersicums lycophyta lycophytas lycopod lycopodiaceae
lycopodiaceaes lycopodiales lycopodialeses lycopodiate lycopodiates lycopodineae lycopodineaes
lycopodium lycopodiums lycopods lycopsida lycopsidas lycopus lycopuses lycosa lycosas lycosidae
lycosidaes lye lyes lygaeid lygaeidae lygaeidaes lygaeids lyginopteridales lyginopteridaleses
lyginopteris lyginopterises lygodium lygodiums lygus lyguses lymantria lymantrias lymantriid
lymantriidae lymantriidaes lymantriids lymph lymphangiogram lymphangiograms lymphoblast
lymphoblasts lymphocyte lymphocytes lymphokine lymphokines lymphs lynx lynxes lyonia lyonias
lypressin lypressins lyre lyrebird lyrebirds lyreflower lyreflowers lyres lyricist lyricists
lyrist lyrists lyrurus lyruruses lysichiton lysichitons lysichitum lysichitums lysiloma
lysilomas lysimachia lysimachias lysin lysine lysines lysins lysol lysols lysosome lysosomes
lysozyme lysozymes lyssavirus lyssaviruses lythraceae lythraceaes lythrum lythrums m ma maalox
maaloxes maar maars mac macaca macacas macadam macadamia macadamias macadams macamba macambas
macaque macaques macaroni macaronis macaroon macaroons macaw macaws mace macebearer macebearers
macedoine macedoines macedonians macer macers maces machaeranthera machaerantheras machete
machetes machiavellians machicolation machicolations machilid machilidae machilidaes machilids
machinator machinators machine machineries machinery machines machinist machinists machmeter
machmeters machos macintosh macintoshes mack mackem mackems mackerel mackerels mackinaw
mackinaws mackintosh mackintoshes macks macleaya macleayas maclura macluras macon maconnais
maconnaises macons macoun macouns macowanites macowaniteses macrame macrames macrocephalon
macrocephalons macrocheira macrocheiras macroclemys macroclemyses macrocosm macrocosms macrocyte
macrocytes macrodactylus macrodactyluses macrodantin macrodantins macroeconomist macroeconomists
macroglia macroglias macromolecule macromolecules macronectes macronecteses macrophage
macrophages macropodidae macropodidaes macropus macropuses macrorhamphosidae macrorhamphosidaes
macrosporangium macrosporangiums macrospore macrospores macrothelypteris macrothelypterises
macrotis macrotises macrotus macrotuses macrotyloma macrotylomas macrouridae macrouridaes
macrozamia macrozamias macrozoarces macrozoarceses macruridae macruridaes macs macule macules
macushla macushlas madagascans madake madakes madam madame madames madams madcaps madder madders
madderwort madderworts madeira madeiras mademoiselle mademoiselles madhouse madhouses madia
madias madman madmen madnep madneps madoqua madoquas madras madrases madreporaria madreporarias
madrepore madrepores madrigalist madrigalists madrilene madrilenes madrona madronas madrono
madronos madwoman madwomen madwort madworts maeandra maeandras maenad maenads maestro maestros
mafioso mafiosos magdalen magdalens maggot maggots magh magha maghas maghs magician magicians
magicicada magicicadas magilp magilps magistrate magistrates magma magmas magnate magnates
magnesia magnesias magnesite magnesites magnesium magnesiums magnet magnetisation magnetisations
magnetite magnetites magnetization magnetizations magneto magnetograph magnetographs
magnetometer magnetometers magneton magnetons magnetos magnetron magnetrons magnets magnifico
magnificos magnifier magnifiers magnolia magnoliaceae magnoliaceaes magnolias magnoliidae
magnoliidaes magnoliophyta magnoliophytas magnoliopsid magnoliopsida magnoliopsidas
magnoliopsids magnum magnums magpie magpies maguey magueys magus maguses magyars maha mahagua
mahaguas maharaja maharajah maharajahs maharajas maharanee maharanees maharani maharanis mahas
mahatma mahatmas mahayanist mahayanists mahdist mahdists mahican mahicans mahimahi mahimahis
mahlstick mahlsticks mahoe mahoes mahoganies mahogany mahonia mahonias mahout mahouts mahratta
mahrattas mahuang mahuangs maia maianthemum maianthemums maias maid maiden maidenhair
maidenhairs maidenhead maidenheads maidenhood maidenhoods maidens maidhood maidhoods maids
maidservant maidservants maidu maidus maiger maigers maigre maigres maikoa maikoas mailbag
mailbags mailboat mailboats mailbox mailboxes maildrop maildrops mailer mailers maillot maillots
mailman mailmen mailsorter mailsorters maimer maimers mainer mainers mainframe mainframes
mainland mainlands mainmast mainmasts mains mainsail mainsails mainsheet mainsheets mainspring
mainsprings mainstay mainstays maintainer maintainers maiolica maiolicas maisonette maisonettes
maisonnette maisonnettes maize maizes maja majagua majaguas majas majidae majidaes majolica
majolicas majorana majoranas majorette majorettes makaira makairas maker makers makeup makeups
makeweight makeweights mako makomako makomakos makos malacanthidae malacanthidaes malacca
malaccas malachite malachites malaclemys malaclemyses malacologist malacologists malaconotinae
malaconotinaes malacopterygian malacopterygians malacopterygii malacopterygiis malacosoma
malacosomas malacostraca malacostracas malacothamnus malacothamnuses malahini malahinis malamute
malamutes malanga malangas malar malars malathion malathions malawians malaxis malaxises
malayans malays malaysians malcolmia malcolmias malcontents maldivan maldivans maldivian
maldivians male maleate maleates maleberries maleberry malecite malecites malefactor malefactors
malemute malemutes maleo maleos males malfeasant malfeasants malians maligner maligners malik
maliks malingerer malingerers malinois malinoises mall mallard mallards mallee mallees mallet
mallets malleus malleuses mallophaga mallophagas mallotus mallotuses mallow mallows malls
malmsey malmseys malonylurea malonylureas malope malopes malopterurus malopteruruses malosma
malosmas malpighia malpighiaceae malpighiaceaes malpighias malt malteds malteses maltha malthas
malthusians maltman maltmen malto maltos maltose maltoses maltreater maltreaters malts maltster
maltsters malus maluses malva malvaceae malvaceaes malvales malvaleses malvas malvasia malvasias
malvastrum malvastrums malvaviscus malvaviscuses mam mama mamas mamba mambas mamey mameys
mamilla mamillas mamma mammal mammalia mammalians mammalias mammalogist mammalogists mammals
mammas mammea mammeas mammee mammees mammies mammilla mammillaria mammillarias mammillas
mammogram mammograms mammoths mammut mammuthus mammuthuses mammutidae mammutidaes mammuts mammy
mamo mamoncillo mamoncillos mamos mams man manacle manacles manager manageress manageresses
managers manakin manakins manana mananas manat manatee manatees manats manchu manchus mancunians
mandaeans mandala mandalas mandarin mandarins mandataries mandatary mandator mandatories
mandators mandeans mandelamine mandelamines mandevilla mandevillas mandible mandibles mandibula
mandibulas mandioc mandioca mandiocas mandiocs mandola mandolas mandolin mandolins mandragora
mandragoras mandrake mandrakes mandrel mandrels mandril mandrill mandrills mandrillus
mandrilluses mandrils manduca manducas mane maneuverer maneuverers mangabey mangabeys manganate
manganates manganese manganeses manganite manganites manger mangers mangifera mangiferas mangle
mangler manglers mangles manglietia manglietias mango mangold mangolds mangonel mangonels mangos
mangosteen mangosteens mangrove mangroves manhattan manhattans manhole manholes maniac maniacs
manichaeans manicheans manichees manicotti manicottis manicurist manicurists manidae manidaes
manifold manifolds manihot manihots manikin manikins manila manilas manilkara manilkaras manilla
manillas manioc manioca maniocas maniocs manipulator manipulators maniraptor maniraptora
maniraptoras maniraptors manis manises mankind mankinds manna mannas mannequin mannequins
mannikin mannikins mannitol mannitols manoeuvrer manoeuvrers manometer manometers manor manors
manpad manpads manroot manroots mansards manse manservant manservants manses mansi mansion
mansions mansis manslayer manslayers manta mantas manteidae manteidaes mantel mantelet mantelets
mantelpiece mantelpieces mantels manteodea manteodeas mantichora mantichoras manticora
manticoras manticore manticores mantid mantidae mantidaes mantids mantiger mantigers mantilla
mantillas mantis mantises mantispid mantispidae mantispidaes mantispids mantlepiece mantlepieces
mantlet mantlets mantophasmatodea mantophasmatodeas mantrap mantraps mantua mantuas manubrium
manubriums manufactories manufactory manul manuls manumitter manumitters manure manures manus
manuses manzanilla manzanillas manzanita manzanitas mao maoi maois maoists maos map mapinguari
mapinguaris maple maples mapper mappers maps maquiladora maquiladoras maquis maquisard
maquisards maquises mara marabou marabous marabout marabouts maraca maracas maraco maracos
marang marangs maranta marantaceae marantaceaes marantas maras marasca marascas maraschino
maraschinos marasmius marasmiuses maratha marathas marathoner marathoners marattia marattiaceae
marattiaceaes marattiales marattialeses marattias marauder marauders maravilla maravillas marble
marblewood marblewoods marbling marblings marc marcel marcels marchantia marchantiaceae
marchantiaceaes marchantiales marchantialeses marchantias marcher marchers marchioness
marchionesses marchland marchlands marchpane marchpanes marcs mare margarin margarine margarines
margarins margarita margaritas margasivsa margasivsas margate margates margay margays marge
marges marginocephalia marginocephalian marginocephalians marginocephalias margosa margosas
margrave margraves marguerite marguerites mari maria marias maricopa maricopas marigold
marigolds marihuana marihuanas marijuana marijuanas marimba marimbas marina marinade marinades
marinara marinaras marinas mariner mariners marionette marionettes mariposa mariposas maris
marjoram marjorams marker markers marketer marketers markhoor markhoors markhor markhors markka
markkas marksman marksmen markup markups markweed markweeds marl marlberries marlberry marlin
marline marlines marlinespike marlinespikes marlingspike marlingspikes marlins marlinspike
marlinspikes marlite marlites marls marlstone marlstones marmalade marmalades marmite marmites
marmoset marmosets marmot marmota marmotas marmots marocain marocains marplan marplans marquee
marquees marquess marquesses marqueterie marqueteries marquetries marquetry marquis marquise
marquises marrano marranos marri marrieds marris marrow marrowbone marrowbones marrows marrubium
marrubiums marsala marsalas marseille marseilles marsh marshal marshall marshalls marshes
marshland marshlands marshmallow marshmallows marsilea marsileaceae marsileaceaes marsileas
marsupialia marsupialias marsupials marsupium marsupiums mart martagon martagons marten martens
martensite martensites martes marteses martin martinet martinets martingale martingales martini
martinis martinmas martinmases martins marts martynia martyniaceae martyniaceaes martynias
martyr martyrs marum marumi marumis marums marupa marupas marut maruts marveller marvellers
marxists marylander marylanders marzipan marzipans mas mascara mascaras mascarpone mascarpones
mascot mascots masdevallia masdevallias maser masers masher mashers mashie mashies masjid
masjids mask masker maskers masks masochist masochists mason masonite masonites masonries
masonry masons masorete masoretes masorite masorites masquer masquerader masqueraders masquers
massachusetts massachusettses massager massagers massasauga massasaugas masseter masseters
masseur masseurs masseuse masseuses massicot massicotite massicotites massicots massif massifs
massorete massoretes mast mastaba mastabah mastabahs mastabas master masterpiece masterpieces
masters masterwort masterworts mastic masticophis masticophises mastics mastiff mastiffs
mastigomycota mastigomycotas mastigomycotina mastigomycotinas mastigophora mastigophoran
mastigophorans mastigophoras mastigophore mastigophores mastigoproctus mastigoproctuses
mastocyte mastocytes mastodon mastodons mastodont mastodonts mastoidale mastoidales mastoidals
mastoids mastotermes mastotermeses mastotermitidae mastotermitidaes masts masturbator
masturbators mat matador matadors matai matais matchboard matchboards matchbook matchbooks
matchbox matchboxes matchbush matchbushes matcher matchers matchet matchets matchlock matchlocks
matchmaker matchmakers matchstick matchsticks matchweed matchweeds matchwood matchwoods mate
matelote matelotes mater materfamilias materfamiliases material materialist materialists
materials materiel materiels maters mathematician mathematicians matins matinses matman matmen
matriarch matriarches matricaria matricarias matricide matricides matrikin matrikins matrisib
matrisibs matron matrons mats mattes matteuccia matteuccias matthiola matthiolas matting
mattings mattock mattocks mattole mattoles mattress mattresses maturities maturity matzah
matzahs matzo matzoh matzohs matzos maul mauler maulers maulerses mauls maulstick maulsticks
maund maunds mauritanians mauritians mauser mausers mausoleum mausoleums maven mavens mavericks
mavik maviks mavin mavins mavis mavises maw maws max maxes maxilla maxillaria maxillarias
maxillaries maxillas maximums maxis maxostoma maxostomas maxwell maxwells maxzide maxzides maya
mayaca mayacaceae mayacaceaes mayacas mayan mayans mayapple mayapples mayeng mayengs mayetiola
mayetiolas mayfish mayfishes mayflies mayflower mayflowers mayfly mayhaw mayhaws mayo mayonnaise
mayonnaises mayor mayoress mayoresses mayors mayos maypole maypoles maypop maypops mays mayweed
mayweeds mazama mazamas maze mazer mazers mazes mazzard mazzards mb mbit mbits mbs mc mcg mcgs
mcintosh mcintoshes mcs md mdma mdmas mds mead meadow meadowgrass meadowgrasses meadowlark
meadowlarks meadows meads meal mealberries mealberry mealie mealies meals mealtime mealtimes
mealworm mealworms mealybug mealybugs meanie meanies meantimes meanwhiles meany measurer
measurers meat meatball meatballs meatloaf meatloafs meatman meatmen meats meatus meatuses
mebaral mebarals mebendazole mebendazoles mebibit mebibits mebibyte mebibytes mecca meccano
meccanos meccas mechanic mechanist mechanists mecholyl mecholyls meclizine meclizines
meclofenamate meclofenamates meclomen meclomens meconium meconiums meconopsis meconopsises
mecoptera mecopteran mecopterans mecopteras medalist medalists medallion medallions medallist
medallists meddler meddlers medflies medfly mediastinum mediastinums mediator mediators
mediatrix mediatrixes medic medicago medicagos medicament medicaments medication medications
medick medicks medico medicos medics medieties mediety medina medinas medinilla medinillas
medlar medlars medline medlines medoc medocs medroxyprogesterone medroxyprogesterones medulla
medullas medusa medusan medusans medusas medusoids meed meeds meerkat meerkats meerschaum
meerschaums meeter meeters meetinghouse meetinghouses mefloquine mefloquines mefoxin mefoxins
meg megabat megabats megabit megabits megabucks megabuckses megabyte megabytes megachile
megachiles megachilidae megachilidaes megachiroptera megachiropteras megacolon megacolons
megacycle megacycles megaderma megadermas megadermatidae megadermatidaes megaera megaeras
megaflop megaflops megagametophyte megagametophytes megahertz megahertzes megakaryocyte
megakaryocytes megalith megaliths megalobatrachus megalobatrachuses megaloblast megaloblasts
megalocyte megalocytes megalomaniac megalomaniacs megalonychidae megalonychidaes megalopolis
megalopolises megaloptera megalopteras megalosaur megalosauridae megalosauridaes megalosaurs
megalosaurus megalosauruses megaphone megaphones megapode megapodes megapodiidae megapodiidaes
megapodius megapodiuses megaptera megapteras megasporangium megasporangiums megaspore megaspores
megasporophyll megasporophylls megathere megatheres megatherian megatherians megatheriid
megatheriidae megatheriidaes megatheriids megatherium megatheriums megaton megatons megawatt
megawatts megestrol megestrols megilp megilps megohm megohms megs mei meis meitnerium
meitneriums melaena melaenas melamine melamines melampodium melampodiums melampsora
melampsoraceae melampsoraceaes melampsoras melancholiac melancholiacs melancholics melanerpes
melanerpeses melanin melanins melanitta melanittas melanoblast melanoblasts melanocyte
melanocytes melanogrammus melanogrammuses melanoplus melanopluses melanotis melanotises
melanthiaceae melanthiaceaes melastoma melastomaceae melastomaceaes melastomas melastomataceae
melastomataceaes melatonin melatonins melchite melchites meleagrididae meleagrididaes meleagris
meleagrises melena melenas meles meleses melia meliaceae meliaceaes melias melicocca melicoccas
melicoccus melicoccuses melicytus melicytuses melilot melilots melilotus melilotuses melinae
melinaes meliorist meliorists meliphagidae meliphagidaes melissa melissas melkite melkites
mellaril mellarils mellivora mellivoras melocactus melocactuses melogale melogales meloid
meloidae meloidaes meloids melolontha melolonthas melolonthidae melolonthidaes melon melons
melophagus melophaguses melopsittacus melopsittacuses melosa melosas melospiza melospizas
melphalan melphalans melter melters meltwater meltwaters melursus melursuses member members
membracidae membracidaes membrane membranes membranophone membranophones memoriser memorisers
memorizer memorizers memsahib memsahibs menadione menadiones mendelevium mendeleviums mendelians
mender menders mendicants mendings menhaden menhadens menhir menhirs menials meninges meningeses
meninx meninxes menippe menippes meniscium menisciums meniscus meniscuses menispermaceae
menispermaceaes menispermum menispermums mennonite mennonites menominee menominees menomini
menominis menopause menopauses menopon menopons menorah menorahs menorrhea menorrheas menotyphla
menotyphlas mensch mensches mensh menshes menshevik mensheviks menstruum menstruums mentha
menthas menthol menthols menticirrhus menticirrhuses mentioner mentioners mentor mentors mentum
mentums mentzelia mentzelias menura menurae menuraes menuras menuridae menuridaes menyanthaceae
menyanthaceaes menyanthes menyantheses menziesia menziesias mepacrine mepacrines meperidine
meperidines mephaquine mephaquines mephenytoin mephenytoins mephitinae mephitinaes mephitis
mephitises mephobarbital mephobarbitals meprin meprins meprobamate meprobamates merbromine
merbromines mercaptopurine mercaptopurines mercenaria mercenarias mercenaries mercenary mercer
mercers merchandise merchandiser merchandisers merchandises merchant merchantman merchantmen
merchants mercurialis mercurialises mercuries mercurochrome mercurochromes mercury meres
merganser mergansers merginae merginaes mergus merguses mericarp mericarps meringue meringues
merino merinos meriones merioneses meristem meristems merl merlangus merlanguses merle merles
merlin merlins merlon merlons merlot merlots merls merluccius merlucciuses mermaid mermaids
merman mermen meropidae meropidaes merops meropses merostomata merostomatas merovingians
merozoite merozoites merrymaker merrymakers mertensia mertensias merthiolate merthiolates meryta
merytas mesa mesantoin mesantoins mesas mesasamkranti mesasamkrantis mescal mescaline mescalines
mescals mesembryanthemum mesembryanthemums mesencephalon mesencephalons mesenchyme mesenchymes
mesenteries mesentery meshuggenehs meshuggeners meshwork meshworks mesmerist mesmerists
mesmerizer mesmerizers mesoamericans mesoblast mesoblasts mesocarp mesocarps mesocolon
mesocolons mesocricetus mesocricetuses mesoderm mesoderms mesohippus mesohippuses mesomorph
mesomorphs meson mesons mesophyron mesophyrons mesophyte mesophytes mesosphere mesospheres
mesothelium mesotheliums mesotron mesotrons mespilus mespiluses mesquit mesquite mesquites
mesquits messenger messengers messiah messiahs messidor messidors messmate messmates messuage
messuages mestiza mestizas mestizo mestizos mestranol mestranols mesua mesuas metabola metabolas
metabolite metabolites metacarpals metacarpus metacarpuses metal metalhead metalheads metallics
metallurgist metallurgists metals metalware metalwares metalwork metalworker metalworkers
metalworks metalworkses metamere metameres metaphysis metaphysises metaproterenol
metaproterenols metasequoia metasequoias metatarsals metatarsus metatarsuses metatheria
metatherian metatherians metatherias metazoa metazoan metazoans metazoas mete metencephalon
metencephalons meteor meteorite meteorites meteoroid meteoroids meteorologist meteorologists
meteors meter meters meterstick metersticks metes metformin metformins meth methacholine
methacholines methadon methadone methadones methadons methamphetamine methamphetamines methanal
methanals methane methanes methanogen methanogens methanol methanols methapyrilene
methapyrilenes methaqualone methaqualones metharbital metharbitals methedrine methedrines
metheglin metheglins methenamine methenamines methicillin methicillins methionine methionines
methocarbamol methocarbamols methotrexate methotrexates meths methuselah methuselahs methyl
methylbenzene methylbenzenes methyldopa methyldopas methylene methylenedioxymethamphetamine
methylenedioxymethamphetamines methylenes methylphenidate methylphenidates methyls
methyltestosterone methyltestosterones metic metical meticals meticorten meticortens metics
metis metises metopion metopions metoprolol metoprolols metrazol metrazols metre metres
metrestick metresticks metro metronidazole metronidazoles metronome metronomes metropolis
metropolises metropolitans metros metroxylon metroxylons metycaine metycaines mevacor mevacors
mewses mexican mexicano mexicanos mexicans mexiletine mexiletines mexitil mexitils mezcal
mezcals mezereon mezereons mezereum mezereums mezzanine mezzanines mezzo mezzos mezzotint
mezzotints mflop mflops mg mgs mho mhos mhz mhzes miami miamis miao miaos mib mibit mibits mibs
mica micas micelle micelles michael michaelmas michaelmases michaelmastide michaelmastides
michaels michigander michiganders mick mickey mickeys mickle mickles micks micmac micmacs
miconazole miconazoles microbalance microbalances microbar microbars microbat microbats microbe
microbes microbiologist microbiologists microbreweries microbrewery microcentrum microcentrums
microchip microchips microchiroptera microchiropteras microcircuit microcircuits micrococcaceae
micrococcaceaes micrococcus micrococcuses microcomputer microcomputers microcyte microcytes
microdesmidae microdesmidaes microdipodops microdipodopses microdot microdots microeconomist
microeconomists microfarad microfarads microfiche microfiches microfilm microfilms microflora
microfloras microfossil microfossils microgametophyte microgametophytes microgauss microgausses
microglia microgliacyte microgliacytes microglias microgram microgramma microgrammas micrograms
microhylidae microhylidaes micromeria micromerias micrometeor micrometeorite micrometeorites
micrometeoroid micrometeoroids micrometeors micrometer micrometers micromicron micromicrons
micromillimeter micromillimeters micromillimetre micromillimetres micromyx micromyxes micron
micronase micronases micronor micronors microns micronutrient micronutrients microorganism
microorganisms micropenis micropenises microphage microphages microphallus microphalluses
microphone microphones microphotometer microphotometers micropogonias micropogoniases
microprocessor microprocessors micropterus micropteruses micropyle micropyles microradian
microradians microscope microscopes microscopist microscopists microsecond microseconds
microsome microsomes microsorium microsoriums microsporangium microsporangiums microspore
microspores microsporidian microsporidians microsporophyll microsporophylls microsporum
microsporums microstomus microstomuses microstrobos microstroboses microtaggant microtaggants
microtome microtomes microtubule microtubules microtus microtuses microvolt microvolts microzide
microzides micruroides micruroideses micrurus micruruses midafternoon midafternoons midair
midairs midazolam midazolams midbrain midbrains midday middays midden middens middies middle
middlebreaker middlebreakers middlebrow middlebrows middleman middlemen middles middleweight
middleweights middlings middy midfield midfields midge midges midgets midgrass midgrasses
midinette midinettes midiron midirons midlands midnight midnights midpoint midpoints midrib
midribs midriff midriffs midsection midsections midshipman midshipmen midst midstream midstreams
midsts midsummer midsummers midterm midterms midvein midveins midwatch midwatches midways
midweeks midwife midwifes midwinter midwinters mierkat mierkats mifepristone mifepristones
mignonette mignonettes migrants migrator migrators mihrab mihrabs mikado mikados mikania
mikanias mike mikes mikmaq mikmaqs mil miladies milady milaneses milcher milchers mile
mileometer mileometers miler milers miles milfoil milfoils militants militarist militarists
militiaman militiamen milium miliums milk milkcap milkcaps milker milkers milkmaid milkmaids
milkman milkmen milks milkshake milkshakes milksop milksops milkwagon milkwagons milkweed
milkweeds milkwort milkworts mill millboard millboards milldam milldams millenarians millenaries
millenarist millenarists millennium millenniums millepede millepedes miller millerite millerites
millers millet millets millettia millettias milliammeter milliammeters milliampere milliamperes
milliard milliards millibar millibars millicurie millicuries millidegree millidegrees millifarad
millifarads milligram milligrams millihenries millihenry milliliter milliliters millilitre
millilitres millime millimes millimeter millimeters millimetre millimetres millimicron
millimicrons milline milliner millineries milliners millinery millines millings millionaire
millionaires millionairess millionairesses millions milliped millipede millipedes millipeds
milliradian milliradians millisecond milliseconds millivolt millivoltmeter millivoltmeters
millivolts milliwatt milliwatts millpond millponds millrace millraces millrun millruns mills
millwheel millwheels millwork millworks millwright millwrights milo milometer milometers
milontin milontins milord milords milos milquetoast milquetoasts mils milt miltomate miltomates
miltonia miltonias miltown miltowns milts milvus milvuses mime mimeo mimeograph mimeographs
mimeos mimer mimers mimes mimicker mimickers mimics mimidae mimidaes mimir mimirs mimosa
mimosaceae mimosaceaes mimosas mimosoideae mimosoideaes mimus mimuses min mina minah minahs
minaret minarets minas mincemeat mincemeats mincer mincers minder minders mine minefield
minefields minelayer minelayers miner mineral mineralocorticoid mineralocorticoids mineralogist
mineralogists minerals miners mines mineshaft mineshafts minestrone minestrones minesweeper
minesweepers mineworker mineworkers minge minges miniature miniatures miniaturist miniaturists
minibar minibars minibike minibikes minibus minibuses minicab minicabs minicar minicars
minicomputer minicomputers miniconju miniconjus minim minimalists minims minimums minimus
minimuses minion minions minipress minipresses minis miniskirt miniskirts minister ministers
ministrants minisub minisubmarine minisubmarines minisubs minium miniums minivan minivans
miniver minivers mink minks minnesotan minnesotans minniebush minniebushes minnow minnows
minoans minocin minocins minocycline minocyclines minotaur minotaurs minoxidil minoxidils mins
minster minsters minstrel minstrels mint mintage mintages minter minters mints minuartia
minuartias minuend minuends minute minuteman minutemen minx minxes miotics mips mipses mirabilis
mirabilises mirasol mirasols mire mires mirid miridae miridaes mirids miro miros mirounga
miroungas mirror mirrors misanthrope misanthropes misanthropist misanthropists misbeliever
misbelievers miscreant miscreants misdating misdatings miser misers misfit misfits misleader
misleaders miso misogamist misogamists misogynist misogynists misos mispickel mispickels missies
missile missiles missionaries missionary missioner missioners missis missises mississippian
mississippians missouri missourian missourians missouris missus missuses missy mistflower
mistflowers mistiming mistimings mistletoe mistletoes mistress mistresses mitchella mitchellas
mite mitella mitellas miterwort miterworts mites mithan mithans mithracin mithracins mithraist
mithraists mithramycin mithramycins mitochondrion mitochondrions mitogen mitogens mitomycin
mitomycins mitre mitres mitrewort mitreworts mitt mitten mittens mitts miwok miwoks mixologist
mixologists mixture mixtures mizen mizenmast mizenmasts mizens mizzen mizzenmast mizzenmasts
mizzens ml mm mms mn mnemonist mnemonists mniaceae mniaceaes mnium mniums mns mo moa moaner
moaners moas moat moats moban mobans mobcap mobcaps mobiles mobster mobsters mobula mobulas
mobulidae mobulidaes mocassin mocassins moccasin moccasins mocha mochas mocker mockernut
mockernuts mockers mockingbird mockingbirds modeler modelers modelings modeller modellers modem
modems moderationist moderationists moderator moderators modernism modernisms modernist
modernists moderns modicon modicons modicum modicums modillion modillions modiolus modioluses
modiste modistes modulus moduluses moehringia moehringias moghul moghuls mohair mohairs
mohammedans moharram moharrams mohave mohaves mohawk mohawks mohican mohicans mohria mohrias
moieties moiety moirae moiraes moirai moirais moire moires moistener moisteners mojarra mojarras
mojave mojaves moke mokes mol mola molars molas molasses molasseses moldboard moldboards mole
molecule molecules molehill molehills moles moleskin moleskins molester molesters molidae
molidaes molindone molindones moll mollah mollahs molle molles mollie mollienesia mollienesias
mollies molls molluga mollugas mollusc mollusca molluscas molluscs mollusk mollusks molly
mollycoddle mollycoddler mollycoddlers mollycoddles mollymawk mollymawks moloch moloches
molossidae molossidaes molothrus molothruses mols molter molters molucella molucellas molva
molvas molybdenite molybdenites molybdenum molybdenums mom mombin mombins moment moments momma
mommas mommies mommy momordica momordicas momot momotidae momotidaes momots momotus momotuses
moms mon monacans monad monads monal monals monarch monarches monarchist monarchists monarda
monardas monardella monardellas monas monases monasteries monastery monastics monaul monauls
monazite monazites monday mondays monegasques monera monerans moneras moneron monerons moneses
moneseses monetarist monetarists money moneybag moneybags moneyer moneyers moneygrubber
moneygrubbers moneylender moneylenders moneymaker moneymakers moneyman moneymen moneys moneywort
moneyworts monger mongers mongo mongolians mongoloids mongols mongoose mongooses mongos mongrel
mongrels monilia moniliaceae moniliaceaes moniliales monilialeses monilias monistat monistats
monitrice monitrices monk monkey monkeypod monkeypods monkeys monkfish monkfishes monks
monkshood monkshoods monoamine monoamines monoblast monoblasts monocanthidae monocanthidaes
monocanthus monocanthuses monocarp monocarps monochamus monochamuses monochromat monochromats
monochrome monochromes monocle monocles monocline monoclines monoclonals monocot monocots
monocotyledon monocotyledonae monocotyledonaes monocotyledones monocotyledoneses monocotyledons
monocycle monocycles monocyte monocytes monodon monodons monodontidae monodontidaes monogamist
monogamists monogynist monogynists monohybrid monohybrids monohydrate monohydrates monolinguals
monolith monoliths monologist monologists monomaniac monomaniacs monomer monomers monomorium
monomoriums monophysites monoplane monoplanes monopoliser monopolisers monopolist monopolists
monopolizer monopolizers monorail monorails monosaccharide monosaccharides monosaccharose
monosaccharoses monotheist monotheists monotremata monotrematas monotreme monotremes monotropa
monotropaceae monotropaceaes monotropas monoxide monoxides mons monses monsieur monsieurs
monsignor monsignors monster monstera monsteras monsters monstrosities monstrosity montage
montages montanan montanans montezuma montezumas month months montia montias montrachet
montrachets montserratians monument monuments mooch moocher moochers mooches moolah moolahs moon
moonfish moonfishes moonflower moonflowers moonie moonies moonlighter moonlighters moons
moonseed moonseeds moonshell moonshells moonshiner moonshiners moonstone moonstones moonwort
moonworts moor moorage moorages moorbird moorbirds moorcock moorcocks moorfowl moorfowls
moorgame moorgames moorhen moorhens mooring moorings moorland moorlands moors moorwort moorworts
moose mooses moosewood moosewoods mopboard mopboards mope mopeds mopper moppers moppet moppets
moquette moquettes moraceae moraceaes moraine moraines moralist moralists morass morasses
moratorium moratoriums moray morays morchella morchellaceae morchellaceaes morchellas mordants
mordva mordvas mordvin mordvinian mordvinians mordvins moreen moreens morel morello morellos
morels morgan morganite morganites morgans morgen morgens morgue morgues morion morions morn
morning mornings morns moro moroccans morocco moroccos moron morone morones morons moros
morosoph morosophs morphia morphias morphine morphines morrow morrows morsel morsels mortar
mortarboard mortarboards mortars mortgage mortgagee mortgagees mortgager mortgagers mortgages
mortgagor mortgagors mortice mortices mortician morticians mortise mortises mortmain mortmains
mortuaries morula morulas morus moruses mos mosaic mosaics moschus moschuses moselle moselles
moslems mosque mosques mosquito mosquitofish mosquitofishes mosquitos moss mossback mossbacks
mosses mostaccioli mostacciolis motacilla motacillas motacillidae motacillidaes mote motel
motels motes moth mothball mothballs mother motherfucker motherfuckers motherland motherlands
mothers motherwort motherworts moths motif motifs motiles motilin motilins motmot motmots
motoneuron motoneurons motor motorbike motorbikes motorboat motorboats motorbus motorbuses
motorcar motorcars motorcoach motorcoaches motorcycle motorcycles motorcyclist motorcyclists
motorist motorists motorman motormen motormouth motormouths motors motortruck motortrucks
motorway motorways motrin motrins moufflon moufflons mouflon mouflons moujik moujiks mouldboard
mouldboards mouldings moulter moulters mound mounds mountain mountaineer mountaineers mountains
mountainside mountainsides mountebank mountebanks mounter mounters mountie mourner mourners
mouse mousepad mousepads mouser mousers mouses mousetrap mousetraps moussaka moussakas mousse
mousses moustache moustaches moustachio moustachios mouth mouthbreeder mouthbreeders mouthful
mouthfuls mouthpart mouthparts mouthpiece mouthpieces mouths mouthwash mouthwashes mouton
moutons movables mover movers moviegoer moviegoers mower mowers mozambicans mozzarella
mozzarellas mp mph mphs mps mpses mrna mrnas msasa msasas msec msecs msg msgs msh mshes mst msts
mt mts muadhdhin muadhdhins muazzin muazzins muches mucilage mucilages mucin mucins muckle
muckles muckraker muckrakers mucoids mucopolysaccharide mucopolysaccharides mucor mucoraceae
mucoraceaes mucorales mucoraleses mucors mucosa mucosas mucuna mucunas mucus mucuses mud mudcat
mudcats mudder mudders mudguard mudguards mudhif mudhifs muds mudskipper mudskippers mudslinger
mudslingers mudspringer mudspringers muenster muensters muesli mueslis muezzin muezzins muff
muffin muffins muffler mufflers muffs mufti muftis mug mugful mugfuls muggee muggees mugger
muggers muggins mugginses mugil mugilidae mugilidaes mugiloidea mugiloideas mugils mugs mugshot
mugshots mugwort mugworts mugwump mugwumps muhammadans muhammedan muhammedans muharram muharrams
muharrum muharrums muhlenbergia muhlenbergias muishond muishonds mujahid mujahids mujik mujiks
mujtihad mujtihads mukataa mukataas mulatto mulattos mulberries mulberry mulch mulches mulct
mulcts mule mules muleteer muleteers mulla mullah mullahs mullas mullein mulleins muller mullers
mullet mullets mullidae mullidaes mulligan mulligans mulligatawnies mulligatawny mullion
mullions mulloidichthys mulloidichthyses mulloway mulloways mullus mulluses multiflora
multifloras multiplexer multiplexers multiplicand multiplicands multiplier multipliers
multiprocessor multiprocessors multistage multistages multitude multitudes multivitamin
multivitamins mumbler mumblers mummer mummers mummichog mummichogs mummies mummy mums munchener
muncheners muncher munchers mung mungs municipalities municipality munition munitions munj munja
munjas munjeet munjeets munjs muntiacus muntiacuses muntingia muntingias muntjac muntjacs muon
muons muraenidae muraenidaes muralist muralists murals muramidase muramidases murderee murderees
murderer murderers murderess murderesses muridae muridaes murines murmurer murmurers muroidea
muroideas murphies murphy murre murres mus musa musaceae musaceaes musales musaleses musas musca
muscadel muscadelle muscadelles muscadels muscadet muscadets muscadine muscadines muscardinus
muscardinuses muscari muscaris muscas muscat muscatel muscatels muscats musci muscicapa
muscicapas muscicapidae muscicapidaes muscidae muscidaes muscis muscivora muscivoras muscle
musclebuilder musclebuilders muscleman musclemen muscles muscoidea muscoideas muscovites
musculature musculatures musculus musculuses muser musers musette musettes museum museums mush
musher mushers mushes mushroom mushrooms musician musicians musicologist musicologists musjid
musjids musk muskat muskats muskellunge muskellunges musket musketeer musketeers muskets
muskhogean muskhogeans muskmelon muskmelons muskogean muskogeans muskogee muskogees muskrat
muskrats musks muskwood muskwoods muslimah muslimahs muslims muslin muslins musnud musnuds
musophaga musophagas musophagidae musophagidaes musquash musquashes mussel mussels mustache
mustaches mustachio mustachios mustang mustangs mustard mustards mustela mustelas mustelid
mustelidae mustelidaes mustelids musteline mustelines mustelus musteluses musth musths musts
mutagen mutagens mutamycin mutamycins mutant mutants mutation mutations mutchkin mutchkins mutes
mutilator mutilators mutillidae mutillidaes mutineer mutineers mutinus mutinuses mutisia
mutisias muton mutons mutt mutterer mutterers mutton muttonfish muttonfishes muttonhead
muttonheads muttons mutts muumuu muumuus muzhik muzhiks muzjik muzjiks muzzle muzzler muzzlers
muzzles mv mvp mvps mvs mx mxes mya myaceae myaceaes myacidae myacidaes myadestes myadesteses
myas mycelium myceliums mycenaen mycenaens mycetophilidae mycetophilidaes mycobacteria
mycobacteriaceae mycobacteriaceaes mycobacterias mycobacterium mycobacteriums mycologist
mycologists mycomycin mycomycins mycophage mycophages mycophagist mycophagists mycoplasma
mycoplasmas mycoplasmataceae mycoplasmataceaes mycoplasmatales mycoplasmataleses mycostatin
mycostatins mycotoxin mycotoxins mycrosporidia mycrosporidias mycteria mycterias mycteroperca
mycteropercas myctophidae myctophidaes mydriatic mydriatics myelencephalon myelencephalons
myelin myeline myelines myelins myeloblast myeloblasts myelocyte myelocytes myelogram myelograms
myg mygs mylanta mylantas mylar mylars myliobatidae myliobatidaes mylodon mylodons mylodontid
mylodontidae mylodontidaes mylodontids mym myms myna mynah mynahs mynas myocardium myocardiums
myocastor myocastors myofibril myofibrilla myofibrillas myofibrils myoglobin myoglobins
myometrium myometriums myomorpha myomorphas myope myopes myopus myopuses myosin myosins myosotis
myosotises myotics myotis myotises myrcia myrciaria myrciarias myrcias myriads myriagram
myriagrams myriameter myriameters myriametre myriametres myriapod myriapoda myriapodas myriapods
myrica myricaceae myricaceaes myricales myricaleses myricaria myricarias myricas myringa
myringas myriophyllum myriophyllums myristica myristicaceae myristicaceaes myristicas myrmecia
myrmecias myrmecobius myrmecobiuses myrmecophaga myrmecophagas myrmecophagidae myrmecophagidaes
myrmecophile myrmecophiles myrmecophyte myrmecophytes myrmeleon myrmeleons myrmeleontidae
myrmeleontidaes myrmidon myrmidons myrobalan myrobalans myroxylon myroxylons myrrh myrrhis
myrrhises myrrhs myrsinaceae myrsinaceaes myrsine myrsines myrtaceae myrtaceaes myrtales
myrtaleses myrtillocactus myrtillocactuses myrtle myrtles myrtus myrtuses mysidacea mysidaceas
mysidae mysidaes mysis mysises mysoline mysolines mysticeti mysticetis mystics mythologist
mythologists mytilid mytilidae mytilidaes mytilids mytilus mytiluses myxine myxines myxinidae
myxinidaes myxiniformes myxiniformeses myxinikela myxinikelas myxinoidea myxinoideas myxinoidei
myxinoideis myxobacter myxobacterales myxobacteraleses myxobacteria myxobacteriaceae
myxobacteriaceaes myxobacteriales myxobacterialeses myxobacterias myxobacterium myxobacteriums
myxobacters myxocephalus myxocephaluses myxomycete myxomycetes myxomyceteses myxomycota
myxomycotas myxophyceae myxophyceaes myxosporidia myxosporidian myxosporidians myxosporidias
myxovirus myxoviruses n na naan naans nabalus nabaluses nabob nabobs naboom nabooms nabumetone
nabumetones nacelle nacelles nacho nachos nacre nacres nad nada nadas nadolol nadolols nadp
nadps nads naemorhedus naemorheduses nafcil nafcillin nafcillins nafcils nagami nagamis nageia
nageias nagger naggers nagi nagis nahuatl nahuatls naiad naiadaceae naiadaceaes naiadales
naiadaleses naiads naias naiases naifs nailbrush nailbrushes nailer nailers nailfile nailfiles
nailhead nailheads nailrod nailrods nainsook nainsooks naira nairas naja najadaceae najadaceaes
najas najases nakedwood nakedwoods nalfon nalfons nalline nallines nalorphine nalorphines
naloxone naloxones naltrexone naltrexones nameko namekos nameplate nameplates namer namers
namesake namesakes namibians nammad nammads nan nance nances nandrolone nandrolones nandu nandus
nankeen nankeens nanna nannas nannies nanny nanogram nanograms nanometer nanometers nanometre
nanometres nanomia nanomias nanosecond nanoseconds nanotube nanotubes nanovolt nanovolts nans
nanticoke nanticokes nantua nantuas nanus nanuses nap napa napaea napaeas napalm napalms napas
nape naperies napery napes naphazoline naphazolines naphtha naphthalene naphthalenes naphthas
naphthol naphthols naphthoquinone naphthoquinones napkin napkins napoleon napoleons nappies
naprapath naprapaths naprosyn naprosyns naproxen naproxens naps napu napus naqua naquas
naranjilla naranjillas narc narcan narcans narcissist narcissists narcissus narcissuses narcist
narcists narcoleptics narcotics narcs nard nardil nardils nardo nardoo nardoos nardos nards
narghile narghiles nargileh nargilehs naris narises nark narks narrator narrators narrowboat
narrowboats narthecium nartheciums narthex narthexes narwal narwals narwhal narwhale narwhales
narwhals nas nasalis nasalises nasion nasions nasopharynx nasopharynxes nasturtium nasturtiums
nasua nasuas natalities natality natantia natantias natator natatorium natatoriums natators
nates nateses naticidae naticidaes nationalists nationals natives nativists natrix natrixes
natrolite natrolites natterjack natterjacks naturalist naturalists naturals naturist naturists
naturopath naturopaths nauclea naucleas naucrates naucrateses naught naughts naumachia
naumachias naumachies naumachy nauruans nauseant nauseants nautilidae nautilidaes nautilus
nautiluses navaho navahos navajo navajos navane navanes nave navel navels naves naviculars
navigator navigators navvies navvy nawab nawabs naysayer naysayers nazarenes nazi nazis nb nbs
nd nds ne neandertals neanderthals neapolitans nearside nearsides neb nebbech nebbeches nebbish
nebbishes nebcin nebcins nebraskan nebraskans nebs nebuchadnezzar nebuchadnezzars nebula nebulas
nebule nebules nebuliser nebulisers nebulizer nebulizers necessaries necessitarian
necessitarians neck neckband neckbands neckcloth neckcloths necker neckerchief neckerchiefs
neckers necking neckings necklace necklaces necklet necklets neckline necklines neckpiece
neckpieces necks necktie neckties neckwear neckwears necromancer necromancers necropolis
necropolises nectar nectaries nectarine nectarines nectars nectary necturus necturuses needer
needers needle needlebush needlebushes needlecraft needlecrafts needlefish needlefishes
needlepoint needlepoints needles needlewoman needlewomen needlewood needlewoods needlework
needleworker needleworkers needleworks neem neems neencephalon neencephalons nefazodone
nefazodones negaprion negaprions negativist negativists negatron negatrons neggram neggrams
neglecter neglecters neglige negligee negligees negliges negotiant negotiants negotiator
negotiators negotiatress negotiatresses negotiatrix negotiatrixes negress negresses negro
negroids negros negus neguses neighbor neighborhood neighborhoods neighbors neighbour
neighbourhood neighbourhoods neighbours nekton nektons nelfinavir nelfinavirs nelumbo
nelumbonaceae nelumbonaceaes nelumbos nematocera nematoceras nematoda nematodas nematode
nematodes nembutal nembutals nemertea nemertean nemerteans nemerteas nemertina nemertinas
nemertine nemertines nemophila nemophilas neobiotic neobiotics neoceratodus neoceratoduses
neoclassicists neocon neocons neoconservative neoconservatives neocortex neocortexes neodymium
neodymiums neoencephalon neoencephalons neofiber neofibers neohygrophorus neohygrophoruses
neolentinus neolentinuses neoliberals neolith neoliths neologist neologists neomycin neomycins
neomys neomyses neon neonate neonates neons neopallium neopalliums neophron neophrons neophyte
neophytes neoplatonist neoplatonists neopolitan neopolitans neoprene neoprenes neosporin
neosporins neostigmine neostigmines neotoma neotomas nepa nepaleses nepalis nepas nepenthaceae
nepenthaceaes nepenthes nepentheses nepeta nepetas nepheline nephelines nephelinite nephelinites
nephelite nephelites nephelium nepheliums nephew nephews nephoscope nephoscopes nephrite
nephrites nephrolepis nephrolepises nephrolith nephroliths nephron nephrons nephrops nephropses
nephropsidae nephropsidaes nephrotoxin nephrotoxins nephthytis nephthytises nepidae nepidaes
nepotist nepotists neptunium neptuniums nerd nerds nereid nereids nerita neritas neritid
neritidae neritidaes neritids neritina neritinas nerium neriums nerodia nerodias nerve nerveroot
nerveroots nervure nervures nervus nervuses nes nesokia nesokias ness nesselrode nesselrodes
nesses nest nester nesters nestlings nestor nestorians nestors nests netherlander netherlanders
netkeeper netkeepers netminder netminders nets netting nettings nettle nettles neurasthenics
neurilemma neurilemmas neurobiologist neurobiologists neuroblast neuroblasts neurochemical
neurochemicals neuroepithelium neuroepitheliums neuroglia neurogliacyte neurogliacytes
neuroglias neurohormone neurohormones neurohypophysis neurohypophysises neurolemma neurolemmas
neuroleptic neuroleptics neurolinguist neurolinguists neurologist neurologists neurolysin
neurolysins neuron neurons neurontin neurontins neuropil neuropile neuropiles neuropils
neuroptera neuropteran neuropterans neuropteras neuropteron neuropterons neuroscientist
neuroscientists neurospora neurosporas neurosurgeon neurosurgeons neurotics neurotoxin
neurotoxins neurotransmitter neurotransmitters neurotrichus neurotrichuses neutralist
neutralists neutrals neutrino neutrinos neutron neutrons neutrophil neutrophile neutrophiles
neutrophils nevadan nevadans neve neves nevirapine nevirapines newbie newbies newborns newcomer
newcomers newel newels newfoundland newfoundlands newlywed newlyweds newmarket newmarkets
newsagent newsagents newsboy newsboys newscaster newscasters newsdealer newsdealers newsman
newsmen newsmonger newsmongers newspaperman newspapermen newspaperwoman newspaperwomen
newsperson newspersons newsprint newsprints newsreader newsreaders newsstand newsstands
newsvendor newsvendors newswoman newswomen newswriter newswriters newt newton newtonians newtons
newts ng nganasan nganasans ngf ngfs ngs ngultrum ngultrums ngwee ngwees ni niacin niacins nib
nibble nibbler nibblers nibbles nibelung nibelungs niblick niblicks nibs nicad nicads nicandra
nicandras nicaraguans nichrome nichromes nickel nickelodeon nickelodeons nickels nicknack
nicknacks nicotiana nicotianas nicotine nicotines nidularia nidulariaceae nidulariaceaes
nidulariales nidularialeses nidularias niece nieces nierembergia nierembergias nifedipine
nifedipines nigella nigellas nigerians nigeriens nigga niggard niggards niggas nigger niggers
niggler nigglers night nightbird nightbirds nightcap nightcaps nightclothes nightclotheses
nightclub nightclubs nightcrawler nightcrawlers nightdress nightdresses nightfall nightfalls
nightgown nightgowns nighthawk nighthawks nightie nighties nightingale nightingales nightjar
nightjars nightrider nightriders nights nightshade nightshades nightshirt nightshirts nightspot
nightspots nightstick nightsticks nighttime nighttimes nightwalker nightwalkers nightwear
nightwears nigra nigras nigroporus nigroporuses nihil nihilist nihilists nihils nil nilgai
nilgais nils nimbies nimblewill nimblewills nimbus nimbuses nimby nimravus nimravuses nincompoop
nincompoops ninepence ninepences ninepin niner niners nines nineteens nineties ninetieses ninja
ninjas ninnies ninny ninon ninons niobite niobites niobium niobiums nipa nipas nipper nippers
nipple nipples nipponeses niqaabi niqaabis niqab niqabs nis nisan nisans nisei niseis nissan
nissans nit nitella nitellas niter niters nitpicker nitpickers nitramine nitramines nitrate
nitrates nitrazepam nitrazepams nitre nitres nitride nitrides nitril nitrile nitriles nitrils
nitrite nitrites nitrobacter nitrobacteria nitrobacteriaceae nitrobacteriaceaes nitrobacterias
nitrobacterium nitrobacteriums nitrobacters nitrobenzene nitrobenzenes nitrocalcite
nitrocalcites nitrocellulose nitrocelluloses nitrochloroform nitrochloroforms nitrochloromethane
nitrochloromethanes nitrocotton nitrocottons nitrofuran nitrofurans nitrofurantoin
nitrofurantoins nitrogen nitrogenase nitrogenases nitrogens nitroglycerin nitroglycerine
nitroglycerines nitroglycerins nitrosobacteria nitrosobacterias nitrosomonas nitrosomonases
nitrospan nitrospans nitrostat nitrostats nits nitweed nitweeds nitwit nitwits nivose nivoses
nix nixes nm nms nnrti nnrtis nob nobelist nobelists nobelium nobeliums nobleman noblemen nobles
noblewoman noblewomen nobodies nobody nobs noc nocs noctambulist noctambulists noctiluca
noctilucas noctua noctuas noctuid noctuidae noctuidaes noctuids nodule nodules noel noels nog
noggin nogging noggings noggins nogs noisemaker noisemakers nolina nolinas nomad nomads nombril
nombrils nomia nomias nominalist nominalists nominator nominators nominee nominees nomogram
nomograms nomograph nomographs nonachiever nonachievers nonage nonagenarians nonages nonallele
nonalleles nonattender nonattenders nonbeliever nonbelievers noncandidate noncandidates nonce
nonces noncitizen noncitizens noncom noncombatants noncompliants noncoms nonconductor
nonconductors nonconformist nonconformists nondescripts nondrinker nondrinkers nondriver
nondrivers nones noneses nonessentials nonesuch nonesuches nonmember nonmembers nonmetals
nonpareils nonparticipant nonparticipants nonpartisans nonpartizans nonpayment nonpayments
nonperson nonpersons nonreader nonreaders nonremittal nonremittals nonresidents nonsmoker
nonsmokers nonstarter nonstarters nonsteroid nonsteroidals nonsteroids nonsuch nonsuches
nontricyclic nontricyclics nonworker nonworkers noodle noodles nook nooks noon noonday noondays
noons noontide noontides noose nooses nootka nootkas nopal nopalea nopaleas nopals noradrenaline
noradrenalines norepinephrine norepinephrines norethandrolone norethandrolones norethindrone
norethindrones norethynodrel norethynodrels norflex norflexes norgestrel norgestrels noria
norias norinyl norinyls norlestrin norlestrins norlutin norlutins normaliser normalisers
normalizer normalizers normen normodyne normodynes norn norns norseman norsemen norses
northerner northerners northland northlands northman northmen nortriptyline nortriptylines noruz
noruzes norvasc norvascs norvir norvirs norwegians nose nosebag nosebags noseband nosebands
nosegay nosegays nosepiece nosepieces noses nosewheel nosewheels nosh nosher noshers noshes
nostoc nostocaceae nostocaceaes nostocs nostril nostrils nostrum nostrums notabilities
notability notables notaries notary notecase notecases notechis notechises notemigonus
notemigonuses notepad notepads nothing nothofagus nothofaguses nothosaur nothosauria
nothosaurias nothosaurs noticer noticers notochord notochords notomys notomyses notonecta
notonectas notonectidae notonectidaes notophthalmus notophthalmuses notornis notornises
notoryctidae notoryctidaes notoryctus notoryctuses notostraca notostracas notropis notropises
nougat nougats nought noughts nourishment nourishments nov nova novas novelist novelists
november novembers novice novices noviciate noviciates novillada novilladas novillero novilleros
novitiate novitiates novobiocin novobiocins novocain novocaine novocaines novocains novs
nowadayses nowrooz nowroozes nowruz nowruzes nows nozzle nozzles np nps nrna nrnas nrti nrtis ns
nsaid nsaids nubbin nubbins nubian nubians nucellus nucelluses nucha nuchas nucifraga nucifragas
nuclease nucleases nucleole nucleoles nucleolus nucleoluses nucleon nucleons nucleoplasm
nucleoplasms nucleoprotein nucleoproteins nucleoside nucleosides nucleotide nucleotides nucleus
nucleuses nuda nudas nude nudes nudger nudgers nudibranch nudibranches nudibranchia
nudibranchias nudist nudists nudnick nudnicks nudnik nudniks nugget nuggets nuke nukes nullah
nullahs nullifier nullifiers nullipara nulliparas nulls numbat numbats numberplate numberplates
numbfish numbfishes numdah numdahs numen numenius numeniuses numens numerator numerators
numerologist numerologists numida numidas numidians numididae numididaes numidinae numidinaes
numismatist numismatists numismatologist numismatologists nummulite nummulites nummulitidae
nummulitidaes numskull numskulls nun nuncio nuncios nunneries nunnery nuns nuphar nuphars nuprin
nuprins nurse nurseling nurselings nursemaid nursemaids nurser nurseries nursers nursery
nurseryman nurserymen nurses nursling nurslings nut nutcase nutcases nutcracker nutcrackers
nutgrass nutgrasses nuthatch nuthatches nuthouse nuthouses nutlet nutlets nutmeg nutmegs nutria
nutrias nutriment nutriments nutritionist nutritionists nuts nutsedge nutsedges nutshell
nutshells nutter nutters nuytsia nuytsias nyala nyalas nybble nybbles nyctaginaceae
nyctaginaceaes nyctaginia nyctaginias nyctanassa nyctanassas nyctereutes nyctereuteses
nycticebus nycticebuses nycticorax nycticoraxes nyctimene nyctimenes nydrazid nydrazids nylghai
nylghais nylghau nylghaus nylon nylons nylonses nymph nymphaea nymphaeaceae nymphaeaceaes
nymphaeas nymphalid nymphalidae nymphalidaes nymphalids nymphalis nymphalises nymphet nymphets
nymphicus nymphicuses nympho nympholept nympholepts nymphomaniac nymphomaniacs nymphos nymphs
nypa nypas nyssa nyssaceae nyssaceaes nyssas nystan nystans nystatin nystatins o oaf oafs oak
oaks oakum oakums oar oarfish oarfishes oarlock oarlocks oars oarsman oarsmen oarswoman
oarswomen oasis oasises oast oasts oat oatcake oatcakes oatmeal oatmeals oats obeche obeches
obechi obechis obelion obelions obelisk obelisks oberson obersons objector objectors oblates
obliger obligers obliterator obliterators oboe oboes oboist oboists obolus oboluses obscurantist
obscurantists observatories observatory observer observers obsessives obsidian obsidians
obstetrician obstetricians obstructer obstructers obstruction obstructionist obstructionists
obstructions obstructor obstructors obturator obturators oca ocarina ocarinas ocas occident
occidental occidentals occidents occiput occiputs occultist occultists occults occupant
occupants occupier occupiers ocean oceanaut oceanauts oceanfront oceanfronts oceanid oceanids
oceanites oceaniteses oceanographer oceanographers oceans ocellus ocelluses ocelot ocelots ochna
ochnaceae ochnaceaes ochnas ochotona ochotonas ochotonidae ochotonidaes ochres ochroma ochromas
ocimum ocimums ocotillo ocotillos oct octad octads octane octanes octant octants octave octaves
octet octets octillion octillions october octoberfest octoberfests octobers octogenarians
octonaries octonary octopod octopoda octopodas octopodidae octopodidaes octopods octopus
octopuses octoroon octoroons octroi octrois octs oculars oculist oculists oculomotor oculomotors
oculus oculuses ocyurus ocyuruses odalisque odalisques oddball oddballs oddment odist odists
odobenidae odobenidaes odobenus odobenuses odocoileus odocoileuses odometer odometers odonata
odonatas odonate odonates odontaspididae odontaspididaes odontaspis odontaspises odontoceti
odontocetis odontoglossum odontoglossums odontophorus odontophoruses oecanthus oecanthuses
oedogoniaceae oedogoniaceaes oedogoniales oedogonialeses oedogonium oedogoniums oenanthe
oenanthes oenologist oenologists oenomel oenomels oenophile oenophiles oenothera oenotheras
oersted oersteds oesophagoscope oesophagoscopes oesophagus oesophaguses oestradiol oestradiols
oestridae oestridaes oestriol oestriols oestrogen oestrogens oestrone oestrones oeuvre oeuvres
offal offals offender offenders offerer offerers offeror offerors offertories offertory office
officeholder officeholders officer officers offices official officials officiant officiants
offing offings offspring offsprings offstage offstages ofo ofos oftenness oftennesses ogalala
ogalalas ogcocephalidae ogcocephalidaes ogdoad ogdoads ogee ogees ogive ogives oglala oglalas
ogler oglers ogre ogres ogress ogresses ohioan ohioans ohm ohmmeter ohmmeters ohms oil oilbird
oilbirds oilcan oilcans oilcloth oilcloths oiler oilers oilfield oilfields oilfish oilfishes
oilman oilmen oilpaper oilpapers oilrig oilrigs oils oilseed oilseeds oilskin oilskins oilstone
oilstones oilstove oilstoves ointment ointments ojibwa ojibwas ojibway ojibways oka okapi okapia
okapias okapis okas oklahoman oklahomen okra okras oktoberfest oktoberfests ola olas olds
oldster oldsters oldtimer oldtimers oldwench oldwenches oldwife oldwifes olea oleaceae oleaceaes
oleales olealeses oleander oleanders oleandra oleandraceae oleandraceaes oleandras olearia
olearias oleas oleaster oleasters olecranon olecranons oled oleds olefin olefine olefines
olefins olein oleins oleo oleomargarine oleomargarines oleoresin oleoresins oleos olfersia
olfersias olibanum olibanums oligarch oligarches oligochaeta oligochaetas oligochaete
oligochaetes oligoclase oligoclases oligodendria oligodendrias oligodendrocyte oligodendrocytes
oligodendroglia oligodendroglias oligoplites oligopliteses oligoporus oligoporuses
oligosaccharide oligosaccharides olivenite olivenites olives olivine olivines olla ollas olm
olmec olmecs olms olympiad olympiads olympians omaha omahas omanis omasum omasums ombu ombudsman
ombudsmen ombus omelet omelets omelette omelettes omentum omentums omeprazole omeprazoles
ommastrephes ommastrepheses ommatidium ommatidiums omnirange omniranges omnivore omnivores
omomyid omomyids omphalos omphaloses omphalotus omphalotuses omphalus omphaluses onager onagers
onagraceae onagraceaes onanist onanists oncidium oncidiums oncogene oncogenes oncologist
oncologists oncorhynchus oncorhynchuses oncovin oncovins ondatra ondatras oneida oneidas
oneiromancer oneiromancers ones onion onions onionskin onionskins oniscidae oniscidaes oniscus
oniscuses onlooker onlookers onobrychis onobrychises onoclea onocleas onomancer onomancers
onondaga onondagas ononis ononises onopordon onopordons onopordum onopordums onosmodium
onosmodiums onychium onychiums onychogalea onychogaleas onychomys onychomyses onychophora
onychophoran onychophorans onychophoras onyx onyxes onyxis onyxises oocyte oocytes oodles
oodleses oolong oolongs oomycetes oomyceteses oosphere oospheres oospore oospores ootid ootids
ooze oozes opah opahs opal opals openbill openbills openings openwork openworks opepe opepes
operagoer operagoers operatives operculum operculums operon operons opheodrys opheodryses
ophidia ophidian ophidians ophidias ophidiidae ophidiidaes ophiodon ophiodons ophiodontidae
ophiodontidaes ophioglossaceae ophioglossaceaes ophioglossales ophioglossaleses ophioglossum
ophioglossums ophiophagus ophiophaguses ophisaurus ophisauruses ophiurida ophiuridas ophiuroidea
ophiuroideas ophryon ophryons ophrys ophryses ophthalmologist ophthalmologists ophthalmoscope
ophthalmoscopes opiate opiates opiliones opilioneses opisthobranchia opisthobranchias
opisthocomidae opisthocomidaes opisthocomus opisthocomuses opisthognathidae opisthognathidaes
opium opiums opopanax opopanaxes opossum opossums opponent opponents opportunists opposer
opposers oppressor oppressors opsin opsins opsonin opsonins optician opticians optimist
optimists option options optometrist optometrists opuntia opuntiales opuntialeses opuntias opv
opvs orach orache oraches oracle oracles oradexon oradexons orang orange orangeade orangeades
orangeman orangemen orangeries orangery oranges orangewood orangewoods orangs orangutan
orangutang orangutangs orangutans orasone orasones orator orators orb orbignya orbignyas orbit
orbitale orbitales orbiter orbiters orbits orbs orca orcas orchard orchards orchestia orchestias
orchestiidae orchestiidaes orchestrator orchestrators orchid orchidaceae orchidaceaes orchidales
orchidaleses orchids orchil orchils orchis orchises orcinus orcinuses ordainer ordainers orderer
orderers orderlies ordinals ordinand ordinands ordinaries ordnance ordnances ordure ordures ore
oread oreads oreamnos oreamnoses orectolobidae orectolobidaes orectolobus orectolobuses oregano
oreganos oregonian oregonians oreide oreides oreo oreopteris oreopterises oreortyx oreortyxes
oreos ores organ organdie organdies organdy organelle organelles organics organiser organisers
organist organists organizer organizers organophosphate organophosphates organs organses organza
organzas oriel oriels orientalist orientalists orientals orifice orifices origanum origanums
origin originals originator originators origins orinase orinases oriole orioles oriolidae
oriolidaes oriolus orioluses orites oriteses oriya oriyas orleanist orleanists orlon orlons
orlop orlops ormer ormers ormolu ormolus ormosia ormosias ornament ornamentalist ornamentalists
ornamentals ornaments ornithine ornithines ornithischia ornithischian ornithischians
ornithischias ornithogalum ornithogalums ornithologist ornithologists ornithomimid ornithomimida
ornithomimidas ornithomimids ornithopod ornithopoda ornithopodas ornithopods ornithopter
ornithopters ornithorhynchidae ornithorhynchidaes ornithorhynchus ornithorhynchuses
orobanchaceae orobanchaceaes oroide oroides orontium orontiums oropharynx oropharynxes orphan
orphans orphenadrine orphenadrines orphrey orphreys orpiment orpiments orpin orpine orpines
orpington orpingtons orpins orreries orrery orris orrises orrisroot orrisroots ors ortalis
ortalises orthicon orthicons orthilia orthilias orthoclase orthoclases orthodontist
orthodontists orthoepist orthoepists orthomyxovirus orthomyxoviruses orthopaedist orthopaedists
orthopedist orthopedists orthophosphate orthophosphates orthopristis orthopristises orthopter
orthoptera orthopteran orthopterans orthopteras orthopteron orthopterons orthopters orthoptist
orthoptists orthoscope orthoscopes orthotomus orthotomuses ortolan ortolans ortygan ortygans
orudis orudises oruvail oruvails orycteropodidae orycteropodidaes orycteropus orycteropuses
oryctolagus oryctolaguses oryx oryxes oryza oryzas oryzomys oryzomyses oryzopsis oryzopsises
orzo orzos os osage osages oscan oscans oscillator oscillatoriaceae oscillatoriaceaes
oscillators oscillogram oscillograms oscillograph oscillographs oscilloscope oscilloscopes
oscines oscineses osculator osculators oses osier osiers osmanli osmanlis osmanthus osmanthuses
osmeridae osmeridaes osmerus osmeruses osmiridium osmiridiums osmitrol osmitrols osmium osmiums
osmoreceptor osmoreceptors osmund osmundaceae osmundaceaes osmunds osprey ospreys ossicle
ossicles ossiculum ossiculums ossuaries ossuary ostariophysi ostariophysis osteichthyes
osteichthyeses ostensorium ostensoriums osteoblast osteoblasts osteoclast osteoclasts osteocyte
osteocytes osteoglossidae osteoglossidaes osteoglossiformes osteoglossiformeses osteologer
osteologers osteologist osteologists osteopath osteopathist osteopathists osteopaths osteophyte
osteophytes osteostracan osteostracans osteostraci osteostracis ostiaries ostiarius ostiariuses
ostiary ostiole ostioles ostler ostlers ostraciidae ostraciidaes ostracod ostracoda ostracodas
ostracoderm ostracodermi ostracodermis ostracoderms ostracods ostrea ostreas ostreidae
ostreidaes ostrich ostriches ostrogoth ostrogoths ostrya ostryas ostryopsis ostryopsises ostyak
ostyaks otaria otarias otariidae otariidaes othonna othonnas otides otideses otididae otididaes
otis otises oto otoe otoes otoganglion otoganglions otolaryngologist otolaryngologists otologist
otologists otorhinolaryngologist otorhinolaryngologists otos otoscope otoscopes ottar ottars
ottawa ottawas otter otterhound otterhounds otters ottomen otus otuses oubliette oubliettes
ouguiya ouguiyas ouija ouijas ounce ounces ouranopithecus ouranopithecuses ousel ousels ouster
ousters outage outages outbacks outboards outbuilding outbuildings outcast outcastes outcasts
outcrop outcropping outcroppings outcrops outdoorses outdoorsman outdoorsmen outdoorswoman
outdoorswomen outerwear outerwears outfall outfalls outfield outfielder outfielders outfields
outfitter outfitters outgo outgoer outgoers outgos outhouse outhouses outlander outlanders
outlet outlets outlier outliers outpatient outpatients outport outports outpost outposts
outpouring outpourings output outputs outrider outriders outrigger outriggers outset outsets
outsider outsiders outsides outskirt outskirts outskirtses outsole outsoles outstation
outstations outthrust outthrusts outturn outturns outwork outworks ouzel ouzels ouzo ouzos
ovalbumin ovalbumins ovalipes ovalipeses ovaries ovary oven ovenbird ovenbirds ovens ovenware
ovenwares overachiever overachievers overages overalls overcasting overcastings overcharge
overcharges overclothes overclotheses overcoat overcoating overcoatings overcoats overcomer
overcomers overcrossing overcrossings overdraft overdrafts overgarment overgarments overhang
overhangs overheads overlapping overlappings overlayer overlayers overlip overlips overlord
overlords overmantel overmantels overnighter overnighters overpass overpasses overpayment
overpayments overprint overprints overs overseer overseers overshoe overshoes overskirt
overskirts overtime overtimes ovibos oviboses oviduct oviducts ovipositor ovipositors
oviraptorid oviraptorids ovis ovises ovocon ovocons ovoflavin ovoflavins ovolo ovolos ovotestis
ovotestises ovral ovrals ovrette ovrettes ovule ovulen ovulens ovules ovum ovums owl owlclaws
owlclawses owlet owlets owls owlt owlts owner owners ownership ownerships ox oxacillin
oxacillins oxalacetate oxalacetates oxalate oxalates oxalidaceae oxalidaceaes oxalis oxalises
oxaloacetate oxaloacetates oxandra oxandras oxaprozin oxaprozins oxazepam oxazepams oxbow oxbows
oxbridge oxbridges oxcart oxcarts oxen oxens oxes oxeye oxeyes oxford oxfords oxheart oxhearts
oxidant oxidants oxidase oxidases oxide oxides oxidiser oxidisers oxidizer oxidizers
oxidoreductase oxidoreductases oxime oximes oximeter oximeters oxlip oxlips oxonians oxtail
oxtails oxtant oxtants oxtongue oxtongues oxyacetylene oxyacetylenes oxyacid oxyacids oxybelis
oxybelises oxybenzene oxybenzenes oxydendrum oxydendrums oxygen oxygenase oxygenases oxygens
oxyhaemoglobin oxyhaemoglobins oxyhemoglobin oxyhemoglobins oxylebius oxylebiuses
oxyphenbutazone oxyphenbutazones oxyphencyclimine oxyphencyclimines oxytetracycline
oxytetracyclines oxytocic oxytocics oxytocin oxytocins oxytropis oxytropises oxyura oxyuranus
oxyuranuses oxyuras oxyuridae oxyuridaes oyabun oyabuns oyster oystercatcher oystercatchers
oysterfish oysterfishes oysters ozocerite ozocerites ozokerite ozokerites ozone ozones ozonide
ozonides ozonium ozoniums ozonosphere ozonospheres ozothamnus ozothamnuses p pa paba pabas
pablum pablums pabulum pabulums paca pacas pace pacer pacers paces pacha pachas pachouli
pachoulis pachuco pachucos pachycephala pachycephalas pachycephalosaur pachycephalosaurs
pachycephalosaurus pachycephalosauruses pachyderm pachyderms pachyrhizus pachyrhizuses
pachysandra pachysandras pacificist pacificists pacifier pacifiers pacifists pacings packer
packera packeras packers packhorse packhorses packinghouse packinghouses packings packman
packmen packrat packrats packsack packsacks packsaddle packsaddles packthread packthreads pad
padauk padauks padda paddas padder padders paddies padding paddings paddlefish paddlefishes
paddler paddlers paddlewheel paddlewheels paddock paddocks paddy paddymelon paddymelons
pademelon pademelons padlock padlocks padouk padouks padre padres padrone padrones pads
paederast paederasts paediatrician paediatricians paedophile paedophiles paella paellas paeonia
paeoniaceae paeoniaceaes paeonias paeonies paeony pagan pagans pageboy pageboys pagellus
pagelluses pager pagers pagoda pagodas pagophila pagophilas pagophilus pagophiluses pagrus
pagruses paguridae paguridaes pagurus paguruses pahautea pahauteas pahoehoe pahoehoes paigle
paigles pail pailful pailfuls paillasse paillasses pails painkiller painkillers paintball
paintballs paintbox paintboxes paintbrush paintbrushes painter painters paintings paisa paisas
paisley paisleys paiute paiutes pajama pajamas pakchoi pakchois pakistanis pal palace palaces
paladin paladins palaeencephalon palaeencephalons palaemon palaemonidae palaemonidaes palaemons
palaeontologist palaeontologists palaestra palaestras palankeen palankeens palanquin palanquins
palaquium palaquiums palas palases palate palates palatinate palatinates palatines paleacrita
paleacritas paleencephalon paleencephalons paleface palefaces paleocerebellum paleocerebellums
paleocortex paleocortexes paleoencephalon paleoencephalons paleographer paleographers
paleographist paleographists paleolith paleoliths paleontologist paleontologists paleostriatum
paleostriatums pales palestinians palestra palestras palfrey palfreys palimonies palimony
palings palinuridae palinuridaes palinurus palinuruses palisade palisades paliurus paliuruses
palladium palladiums pallasite pallasites pallbearer pallbearers pallette pallettes palliasse
palliasses palliatives pallidum pallidums pallium palliums palm palmaceae palmaceaes palmae
palmaes palmales palmaleses palmetto palmettos palmist palmister palmisters palmists palmitin
palmitins palms palmyra palmyras palometa palometas palomino palominos palooka palookas
paloverde paloverdes palpebra palpebras pals palsgrave palsgraves pamelor pamelors pamlico
pamlicos pamperer pamperers pamphleteer pamphleteers pan panacea panaceas panadol panadols
panama panamanians panamas panamica panamicas panamiga panamigas panatela panatelas panax
panaxes pancake pancakes pancreas pancreases pancreatin pancreatins panda pandanaceae
pandanaceaes pandanales pandanaleses pandanus pandanuses pandar pandars pandas pander panderer
panderers panders pandion pandionidae pandionidaes pandions pandowdies pandowdy pane panegyrist
panegyrists panel paneling panelings panelist panelists panelling panellings panellist
panellists panels panes panetela panetelas panetella panetellas panfish panfishes panga pangas
pangolin pangolins panhandle panhandler panhandlers panhandles panicle panicles panicum panicums
panjabi panjabis panjandrum panjandrums pannier panniers pannikin pannikins panocha panochas
panoche panoches panonychus panonychuses panopticon panopticons panorpidae panorpidaes panpipe
panpipes pans pansa pansas pansexual pansexuals pansies pansy pantaloon pantaloons pantechnicon
pantechnicons pantheists panther panthera pantheras panthers pantie panties pantile pantiles
pantograph pantographs pantomimer pantomimers pantomimist pantomimists pantothen pantothens
pantotheria pantotherias pantries pantry pantryman pantrymen pantses pantsuit pantsuits panty
pantyhose pantyhoses pantywaist pantywaists panzer panzers papa papaia papaias papain papains
paparazzo paparazzos papas papaver papaveraceae papaveraceaes papaverales papaveraleses
papaverine papaverines papavers papaw papaws papaya papayas paper paperback paperbacks
paperboard paperboards paperboy paperboys paperclip paperclips paperer paperers paperhanger
paperhangers paperknife paperknifes paperweight paperweights paphiopedilum paphiopedilums
papilionaceae papilionaceaes papilionoideae papilionoideaes papilla papillas papillon papillons
papio papios papists papoose papooseroot papooseroots papooses papovavirus papovaviruses pappa
pappas pappoose pappooses pappus pappuses paprika paprikas paprilus papriluses papua papuans
papuas papyrus papyruses par paracheirodon paracheirodons parachute parachuter parachuters
parachutes parachutist parachutists parader paraders paradisaeidae paradisaeidaes paradise
paradises paradoxurus paradoxuruses paraffin paraffins parafovea parafoveas paragonite
paragonites paragrapher paragraphers paraguayans parakeet parakeets paraldehyde paraldehydes
paralegal paralegals paralichthys paralichthyses paralithodes paralithodeses paralytics
paramagnet paramagnets paramecia paramecias paramecium parameciums paramedic paramedicals
paramedics paramour paramours paramyxovirus paramyxoviruses parang parangs paranoiac paranoiacs
paranoids paranthias paranthiases paranthropus paranthropuses parapet parapets paraphernalia
paraphernalias paraphysis paraphysises paraplegics parapodium parapodiums paraprofessional
paraprofessionals parapsychologist parapsychologists paraquat paraquats paraquet paraquets
parasail parasails parascalops parascalopses parasitaxus parasitaxuses parasite parasites
parasol parasols parasympathetics parathelypteris parathelypterises parathion parathions
parathormone parathormones parathyroid parathyroids paratrooper paratroopers parazoa parazoan
parazoans parazoas parcae parcaes parcel parcels parchment parchments pardner pardners pardoner
pardoners paregoric paregorics parenchyma parenchymas parent parents parer parers paretic
paretics parfait parfaits parget pargeting pargetings pargetries pargetry pargets pargetting
pargettings pariah pariahs paridae paridaes paries parieses parietales parietaleses parietaria
parietarias parings paris parises parishioner parishioners parisians parisienne parisiennes park
parka parkas parkeriaceae parkeriaceaes parkia parkias parkings parkinsonia parkinsonias
parkland parklands parks parkway parkways parliamentarian parliamentarians parlor parlormaid
parlormaids parlors parlour parlourmaid parlourmaids parlours parmelia parmeliaceae
parmeliaceaes parmelias parmesan parmesans parnassia parnassias parochetus parochetuses parodist
parodists parolee parolees parophrys parophryses paroquet paroquets paroxetime paroxetimes
parquet parqueterie parqueteries parquetries parquetry parquets parr parrakeet parrakeets
parricide parricides parroket parrokets parroquet parroquets parrot parrotfish parrotfishes
parrotia parrotias parrotiopsis parrotiopsises parrots parrs pars parsec parsecs parsee parsees
parsi parsis parsley parsleys parsnip parsnips parson parsonage parsonages parsons partaker
partakers parterre parterres parthenium partheniums parthenocissus parthenocissuses parthenote
parthenotes parthians participant participants particle particles particulates partisans
partition partitionist partitionists partitions partizans partner partners partridge
partridgeberries partridgeberry partridges partses partygoer partygoers parula parulas parulidae
parulidaes parus paruses parvenus parvis parvises parvo parvos parvovirus parvoviruses pasang
pasangs pascal pascals pasch pascha paschas pasches paseo paseos pasha pashas pashtoon pashtoons
pashtun pashtuns paspalum paspalums pasqueflower pasqueflowers passageway passageways
passamaquodies passamaquody passbook passbooks passel passels passementerie passementeries
passenger passengers passer passerbies passerby passeres passereses passeridae passeridaes
passeriformes passeriformeses passerina passerinas passerines passers passiflora passifloraceae
passifloraceaes passifloras passionflower passionflowers passkey passkeys passover passovers
past pasta pastas paste pasteboard pasteboards paster pastern pasterns pasters pastes pasties
pastil pastille pastilles pastils pastinaca pastinacas pastis pastises pastor pastors pastrami
pastramis pastries pastry pasts pasturage pasturages pasture pastureland pasturelands pastures
pataca patacas patas patases patchboard patchboards patchcord patchcords patchouli patchoulies
patchoulis patchouly pate patella patellas patellidae patellidaes patentee patentees pater
paterfamilias paterfamiliases paternoster paternosters paters pathan pathans pathfinder
pathfinders pathogen pathogens pathologist pathologists pathway pathways patient patients patina
patinas patio patios patisserie patisseries patka patkas patrial patrials patriarch patriarchate
patriarchates patriarches patricians patricide patricides patrikin patrikins patrimonies
patrimony patriot patrioteer patrioteers patriots patrisib patrisibs patroller patrollers
patrolman patrolmen patron patroness patronesses patronne patronnes patrons patsies patsy patten
pattens patternmaker patternmakers patties patty patwin patwins patzer patzers paunch paunches
pauper paupers pauropoda pauropodas pavage pavages pave pavement pavements paves pavilion
pavilions paving pavings pavior paviors paviour paviours pavis pavise pavises pavlova pavlovas
pavo pavonia pavonias pavos paw pawer pawers pawl pawls pawn pawnbroker pawnbrokers pawnee
pawnees pawns pawnshop pawnshops pawpaw pawpaws paws paxil paxils payables payableses payback
paybacks paycheck paychecks payday paydays paye payee payees payena payenas payer payers payload
payloads paymaster paymasters payment payments paynim paynims payoff payoffs payola payolas
payroll payrolls paysheet paysheets payslip payslips pb pbit pbits pbs pbses pc pcp pcps pcs pd
pda pdas pdl pdls pds pea peacekeeper peacekeepers peacemaker peacemakers peacenik peaceniks
peacetime peacetimes peach peaches peachick peachicks peachwood peachwoods peacoat peacoats
peacock peacocks peafowl peafowls peag peags peahen peahens peak peaks peanuts peanutses pear
pearl pearler pearlers pearlfish pearlfishes pearlies pearlite pearlites pearls pearlweed
pearlweeds pearlwort pearlworts pearmain pearmains pears peas peasant peasants peasecod
peasecods peat peats peavey peaveys peavies peavy peba pebas pebble pebbles pebibit pebibits
pebibyte pebibytes pecan pecans peccaries peccary pecker peckers peckerwood peckerwoods
pecopteris pecopterises pecs pecses pectin pectinibranchia pectinibranchias pectinidae
pectinidaes pectins pectoral pectoralis pectoralises pectorals pectus pectuses peculator
peculators pedagog pedagogs pedagogue pedagogues pedaler pedalers pedaliaceae pedaliaceaes
pedaller pedallers pedant pedants peddler peddlers pederast pederasts pedestal pedestals
pedestrians pediamycin pediamycins pediapred pediapreds pediatrician pediatricians pediatrist
pediatrists pedicab pedicabs pedicel pedicels pedicle pedicles pediculati pediculatis
pediculicide pediculicides pediculidae pediculidaes pediculus pediculuses pedilanthus
pedilanthuses pediment pediments pediocactus pediocactuses pedioecetes pedioeceteses pedionomus
pedionomuses pedipalpi pedipalpis pedlar pedlars pedodontist pedodontists pedometer pedometers
pedophile pedophiles pedwood pedwoods pee peeler peelers peen peens peeper peepers peephole
peepholes peepul peepuls peeress peeresses pees peewee peewees peewit peewits peg pegboard
pegboards pegleg peglegs pegmatite pegmatites pegs peignoir peignoirs peireskia peireskias pekan
pekans peke pekes pekinese pekineses pekingese pekingeses pekoe pekoes pel pelage pelages
pelargonium pelargoniums pelecanidae pelecanidaes pelecaniformes pelecaniformeses pelecanoididae
pelecanoididaes pelecanus pelecanuses pelecypods pelf pelfs pelham pelhams pelican pelicans
pelisse pelisses pellaea pellaeas pellicle pellicles pellicularia pellicularias pellitories
pellitory pelmet pelmets pelobatidae pelobatidaes pels peltandra peltandras peltiphyllum
peltiphyllums peludo peludos pelvimeter pelvimeters pelvis pelvises pelycosaur pelycosauria
pelycosaurias pelycosaurs pembroke pembrokes pemican pemicans pemmican pemmicans pempheridae
pempheridaes pen pencil pencils pendants pendents pendragon pendragons pendulum pendulums
peneidae peneidaes penelope penelopes peneplain peneplains peneplane peneplanes penetralia
penetralias penetrator penetrators peneus peneuses pengo pengos penguin penguins penicillamine
penicillamines penicillin penicillinase penicillinases penicillins penicillium penicilliums
peninsula peninsulas penis penises penitentiaries penitents penknife penknifes penlight
penlights penman penmen pennatula pennatulas pennatulidae pennatulidaes penne pennes penni
pennies pennis pennisetum pennisetums pennon pennoncel pennoncelle pennoncelles pennoncels
pennons pennsylvanian pennsylvanians penny pennycress pennycresses pennyroyal pennyroyals
pennyweight pennyweights pennywhistle pennywhistles pennyworth pennyworths penobscot penobscots
penoche penoches penologist penologists penoncel penoncels penpusher penpushers pens pension
pensionaries pensionary pensioner pensioners pensions penstemon penstemons penstock penstocks
pentad pentads pentaerythritol pentaerythritols pentail pentails pentamethylenetetrazol
pentamethylenetetrazols pentastomid pentastomida pentastomidas pentastomids pentathlete
pentathletes pentazocine pentazocines pentecost pentecostalist pentecostalists pentecostals
pentecosts penthouse penthouses pentimento pentimentos pentlandite pentlandites pentobarbital
pentobarbitals pentode pentodes pentose pentoses pentothal pentothals pentoxide pentoxides
pentoxifylline pentoxifyllines pentylenetetrazol pentylenetetrazols penuche penuches peon
peonies peons peony pepcid pepcids peperomia peperomias peplos peploses peplum peplums peplus
pepluses peppercorn peppercorns pepperidge pepperidges peppermint peppermints pepperoni
pepperonis pepperwood pepperwoods pepperwort pepperworts pepsi pepsin pepsinogen pepsinogens
pepsins pepsis peptidase peptidases peptide peptides peptone peptones perambulator perambulators
peramelidae peramelidaes perca percale percales percas perceiver perceivers percher percheron
percherons perchers perchlorate perchlorates perchloride perchlorides perchloromethane
perchloromethanes percidae percidaes perciformes perciformeses percina percinas percipients
percoid percoidea percoidean percoideans percoideas percoids percolate percolates percolator
percolators percomorphi percomorphis percophidae percophidaes percussionist percussionists
percussor percussors perdicidae perdicidaes perdicinae perdicinaes perdix perdixes peregrines
perennials pereskia pereskias perfecter perfecters perfectionist perfectionists perfluorocarbon
perfluorocarbons perforation perforations performer performers perfumer perfumeries perfumers
perfumery pergola pergolas peri periactin periactins perianth perianths periapsis periapsises
pericallis pericallises pericardium pericardiums pericarp pericarps periclase periclases
peridinian peridinians peridiniidae peridiniidaes peridinium peridiniums peridium peridiums
peridot peridotite peridotites peridots perigee perigees perigone perigones perigonium
perigoniums perihelion perihelions perijove perijoves perilla perillas perilune perilunes
perilymph perilymphs perimysium perimysiums perinatologist perinatologists perineum perineums
perineurium perineuriums period periodontist periodontists periods periophthalmus
periophthalmuses periosteum periosteums peripatetics peripatidae peripatidaes peripatopsidae
peripatopsidaes peripatopsis peripatopsises peripatus peripatuses peripherals periplaneta
periplanetas periploca periplocas peris periscope periscopes periselene periselenes perishables
perisher perishers perisoreus perisoreuses perisperm perisperms perissodactyl perissodactyla
perissodactylas perissodactyls peristediinae peristediinaes peristedion peristedions peristome
peristomes peristyle peristyles perithecium peritheciums perithelium peritheliums peritoneum
peritoneums peritrate peritrates periwig periwigs periwinkle periwinkles perjurer perjurers perk
perks perm permafrost permafrosts permalloy permalloys permanents permanganate permanganates
perms pernis pernises pernod pernods perodicticus perodicticuses perognathus perognathuses
peromyscus peromyscuses peroneus peroneuses peronospora peronosporaceae peronosporaceaes
peronosporales peronosporaleses peronosporas peroxidase peroxidases peroxide peroxides
perpetrator perpetrators perphenazine perphenazines perquisite perquisites perries perry persea
perseas persecutor persecutors persians persimmon persimmons personage personages personalties
personalty personification personifications persoonia persoonias perspex perspexes perspiration
perspirations perspirer perspirers persuader persuaders pertusaria pertusariaceae
pertusariaceaes pertusarias peruke perukes peruvians pervert perverts pes pesach pesaches pesah
pesahs peses peseta pesetas pesewa pesewas peshmerga peshmergas peso pesos pessaries pessary
pessimist pessimists pesterer pesterers pesthole pestholes pesthouse pesthouses pesticide
pesticides pestle pestles pesto pestos pet petabit petabits petabyte petabytes petal petals
petard petards petasites petasiteses petaurista petauristas petauristidae petauristidaes
petaurus petauruses petcharies petchary petcock petcocks peter peters petfood petfoods petiole
petioles petiolule petiolules petitioner petitioners petrel petrels petrochemical petrochemicals
petrocoptis petrocoptises petrogale petrogales petrol petrolatum petrolatums petroleum
petroleums petrols petromyzon petromyzoniformes petromyzoniformeses petromyzons petromyzontidae
petromyzontidaes petroselinum petroselinums pets petter petteria petterias petters petticoat
petticoats pettifogger pettifoggers petunia petunias pew pewee pewees pewit pewits pews pewter
pewters peyote peyotes peziza pezizaceae pezizaceaes pezizales pezizaleses pezizas pezophaps
pezophapses pfannkuchen pfannkuchens pfc pfcs pfennig pfennigs phacelia phacelias phacochoerus
phacochoeruses phaeophyceae phaeophyceaes phaeophyta phaeophytas phaethon phaethons
phaethontidae phaethontidaes phaeton phaetons phage phages phagocyte phagocytes phagun phaguns
phaius phaiuses phalacrocoracidae phalacrocoracidaes phalacrocorax phalacrocoraxes phalaenopsis
phalaenopsises phalaenoptilus phalaenoptiluses phalanger phalangeridae phalangeridaes phalangers
phalangida phalangidas phalangiidae phalangiidaes phalangist phalangists phalangium phalangiums
phalanx phalanxes phalaris phalarises phalarope phalaropes phalaropidae phalaropidaes phalaropus
phalaropuses phalguna phalgunas phallaceae phallaceaes phallales phallaleses phallus phalluses
phalsa phalsas phanerogam phanerogamae phanerogamaes phanerogams phantasm phantasma phantasmas
phantasms phantom phantoms pharaoh pharaohs pharisee pharisees pharmaceuticals pharmacist
pharmacists pharmacologist pharmacologists pharmacopoeia pharmacopoeias pharomacrus
pharomacruses pharos pharoses pharynx pharynxes phascogale phascogales phascolarctos
phascolarctoses phase phaseolus phaseoluses phases phasianid phasianidae phasianidaes phasianids
phasianus phasianuses phasmatidae phasmatidaes phasmatodea phasmatodeas phasmid phasmida
phasmidae phasmidaes phasmidas phasmidia phasmidias phasmids pheasant pheasants phegopteris
phegopterises phellem phellems phellodendron phellodendrons phenacetin phenacetins phenacomys
phenacomyses phenaphen phenaphens phenazopyridine phenazopyridines phencyclidine phencyclidines
phenelzine phenelzines phenergan phenergans pheniramine pheniramines phenobarbital
phenobarbitals phenobarbitone phenobarbitones phenol phenolic phenolics phenolphthalein
phenolphthaleins phenols phenoplast phenoplasts phenothiazine phenothiazines phensuximide
phensuximides phentolamine phentolamines phenylacetamide phenylacetamides phenylalanine
phenylalanines phenylamine phenylamines phenylbutazone phenylbutazones phenylephrine
phenylephrines phenylethylene phenylethylenes phenylpropanolamine phenylpropanolamines
phenyltoloxamine phenyltoloxamines phenytoin phenytoins pheromone pheromones phial phials
philadelphaceae philadelphaceaes philadelphus philadelphuses philaenus philaenuses philanderer
philanderers philanthropist philanthropists philatelist philatelists philhellenes philhellenist
philhellenists philippian philippians philistines phillidae phillidaes phillipsite phillipsites
phillyrea phillyreas philodendron philodendrons philohela philohelas philologist philologists
philologue philologues philomachus philomachuses philomath philomaths philophylla philophyllas
philosopher philosophers philosophiser philosophisers philosophizer philosophizers philter
philters philtre philtres phiz phizes phlebodium phlebodiums phlebogram phlebograms phlebotomist
phlebotomists phleum phleums phloem phloems phlogiston phlogistons phlogopite phlogopites
phlomis phlomises phlox phloxes phoca phocas phocidae phocidaes phocoena phocoenas phoebe
phoebes phoenicians phoenicophorium phoenicophoriums phoenicopteridae phoenicopteridaes
phoeniculidae phoeniculidaes phoeniculus phoeniculuses phoenicurus phoenicuruses phoenix
phoenixes pholadidae pholadidaes pholas pholases pholidae pholidaes pholidota pholidotas
pholiota pholiotas pholis pholises pholistoma pholistomas phon phone phoner phoners phones
phonetician phoneticians phoneys phonies phonograph phonographs phonologist phonologists phons
phoradendron phoradendrons phoronid phoronida phoronidas phoronidea phoronideas phoronids
phosgene phosgenes phosphatase phosphatases phosphate phosphates phosphine phosphines
phosphocreatine phosphocreatines phospholipid phospholipids phosphoprotein phosphoproteins
phosphor phosphors phosphorus phosphoruses phot photinia photinias photo photoblepharon
photoblepharons photocathode photocathodes photocell photocells photocoagulator photocoagulators
photocopier photocopiers photocopies photocopy photoelectron photoelectrons photoengraving
photoengravings photoflash photoflashes photoflood photofloods photograph photographer
photographers photographs photojournalist photojournalists photolithograph photolithographs
photometer photometers photometrician photometricians photometrist photometrists photomicrograph
photomicrographs photomontage photomontages photomosaic photomosaics photon photons photopigment
photopigments photos photosphere photospheres photostat photostats phots phoxinus phoxinuses
phragmacone phragmacones phragmipedium phragmipediums phragmites phragmiteses phragmocone
phragmocones phrenologist phrenologists phrontisteries phrontistery phrygian phrygians
phrynosoma phrynosomas phthiriidae phthiriidaes phthirius phthiriuses phthirus phthiruses
phthorimaea phthorimaeas phycobilin phycobilins phycocyanin phycocyanins phycoerythrin
phycoerythrins phycomycetes phycomyceteses phyllidae phyllidaes phyllitis phyllitises phyllium
phylliums phyllo phylloclad phyllocladaceae phyllocladaceaes phylloclade phylloclades
phylloclads phyllocladus phyllocladuses phyllode phyllodes phyllodoce phyllodoces phylloporus
phylloporuses phylloquinone phylloquinones phyllorhynchus phyllorhynchuses phyllos phylloscopus
phylloscopuses phyllostachys phyllostachyses phyllostomatidae phyllostomatidaes phyllostomidae
phyllostomidaes phyllostomus phyllostomuses phylloxera phylloxeras phylloxeridae phylloxeridaes
physa physalia physalias physalis physalises physaria physarias physas physeter physeteridae
physeteridaes physeters physic physician physicians physicist physicists physidae physidaes
physiognomies physiognomy physiologist physiologists physiotherapist physiotherapists
physostegia physostegias physostigma physostigmas physostigmine physostigmines phytelephas
phytelephases phytochemical phytochemicals phytochemist phytochemists phytohormone phytohormones
phytolacca phytolaccaceae phytolaccaceaes phytolaccas phytologist phytologists phytomastigina
phytomastiginas phytonadione phytonadiones phytophthora phytophthoras phytoplankton
phytoplanktons phytotoxin phytotoxins pi pia pianist pianists piano pianoforte pianofortes
pianola pianolas pianos pias piaster piasters piastre piastres piazza piazzas pib pibgorn
pibgorns pibit pibits pibs picador picadors picaninnies picaninny picariae picariaes piccalilli
piccalillis piccaninnies piccaninny piccolo piccolos picea piceas pichi pichiciago pichiciagos
pichiciego pichiciegos pichis picidae picidaes piciformes piciformeses pickaninnies pickaninny
pickax pickaxe pickaxes pickelhaube pickelhaubes picker pickerel pickerels pickerelweed
pickerelweeds pickeringia pickeringias pickers picket pickets pickle picklepuss picklepusses
pickles picknicker picknickers pickpocket pickpockets pickup pickups picnic picnicker picnickers
picnics picofarad picofarads picoides picoideses picometer picometers picometre picometres
picornavirus picornaviruses picosecond picoseconds picot picots picovolt picovolts picrasma
picrasmas picris picrises picture pictures picul piculet piculets piculs picumnus picumnuses
picus picuses piddle piddles piddock piddocks pie piece pieces piedmont piedmonts pieplant
pieplants pier pierid pieridae pieridaes pierids pieris pierises piers pies pieta pietas
piezometer piezometers pig pigboat pigboats pigeon pigeons pigfish pigfishes piggeries piggery
piggies piglet piglets pigman pigmen pigment pigments pigmies pigmy pignolia pignolias pignut
pignuts pigpen pigpens pigs pigskin pigskins pigsties pigsty pigswill pigswills pigtail pigtails
pigwash pigwashes pigweed pigweeds pika pikas pike pikeblennies pikeblenny pikes pikestaff
pikestaffs pilaf pilaff pilaffs pilafs pilaster pilasters pilate pilates pilau pilaus pilaw
pilaws pilchard pilchards pilea pileas pileus pileuses pilewort pileworts pilferer pilferers
pilgrim pilgrims pilings pill pillage pillager pillagers pillages pillbox pillboxes pillion
pillions pillock pillocks pillow pillowcase pillowcases pillows pills pillwort pillworts
pilocarpine pilocarpines pilosella pilosellas pilot pilotfish pilotfishes pilothouse pilothouses
pilots pilsener pilseners pilsner pilsners pilularia pilularias pilus piluses pima pimas pimenta
pimentas pimento pimentos pimiento pimientos pimozide pimozides pimp pimpernel pimpernels
pimpinella pimpinellas pimps pinaceae pinaceaes pinafore pinafores pinata pinatas pincer pincers
pinchbecks pinche pinchgut pinchguts pinckneya pinckneyas pinctada pinctadas pincushion
pincushions pindolol pindolols pine pineapple pineapples pinecone pinecones pines pinesap
pinesaps pinetum pinetums pineus pineuses pineweed pineweeds pinfish pinfishes pinfold pinfolds
pinger pingers pinguecula pingueculas pinguicula pinguiculas pinguinus pinguinuses pinhead
pinheads pinhole pinholes pinicola pinicolas pinion pinions pinite pinites pinkie pinkies pinko
pinkos pinky pinna pinnace pinnaces pinnacle pinnacles pinnas pinnatiped pinnatipeds pinner
pinners pinnies pinniped pinnipedia pinnipedias pinnipeds pinnotheres pinnothereses
pinnotheridae pinnotheridaes pinnule pinnules pinny pinole pinoles pinon pinons pinophytina
pinophytinas pinopsida pinopsidas pinot pinots pinscher pinschers pinstripe pinstripes pint
pintado pintados pintail pintails pintle pintles pinto pintos pints pinus pinuses pinwheel
pinwheels pinworm pinworms pinyon pinyons piolet piolets pion pions pipa pipage pipages pipal
pipals pipas pipe pipeclay pipeclays pipefish pipefishes pipefitting pipefittings pipeful
pipefuls piper piperaceae piperaceaes piperacillin piperacillins piperales piperaleses
piperazine piperazines piperin piperine piperines piperins piperocaine piperocaines pipers pipes
pipet pipets pipette pipettes pipework pipeworks pipewort pipeworts pipidae pipidaes pipile
pipiles pipilo pipilos pipings pipistrel pipistrelle pipistrelles pipistrellus pipistrelluses
pipistrels pipit pipits pippin pippins pipra pipracil pipracils pipras pipridae pipridaes
pipsissewa pipsissewas piptadenia piptadenias pipturus pipturuses pipul pipuls pique piqueria
piquerias piques pirana piranas piranga pirangas piranha piranhas pirate pirates pirogi pirogis
pirogue pirogues piroplasm piroplasms piroshki piroshkis piroxicam piroxicams pirozhki pirozhkis
pis pisanosaur pisanosaurs pisanosaurus pisanosauruses piscaries piscary pisces pisceses
piscidia piscidias pisiform pisiforms pismire pismires pisonia pisonias pisser pissers pistachio
pistachios pistacia pistacias piste pistes pistia pistias pistil pistillode pistillodes pistils
pistol pistoleer pistoleers pistols piston pistons pisum pisums pit pita pitahaya pitahayas
pitanga pitangas pitas pitchblende pitchblendes pitcher pitcherful pitcherfuls pitchers
pitchfork pitchforks pitchman pitchmen pitchstone pitchstones pith pithead pitheads
pithecanthropus pithecanthropuses pithecellobium pithecellobiums pithecia pithecias
pithecolobium pithecolobiums piths pitman pitmen pitocin pitocins piton pitons pitot pitots
pitprop pitprops pitressin pitressins pits pitsaw pitsaws pitta pittance pittances pittas
pittidae pittidaes pituitaries pituitary pituophis pituophises pitymys pitymyses pityrogramma
pityrogrammas piute piutes pix pixel pixels pixes pixie pixies pixy pizza pizzas pizzeria
pizzerias place placebo placebos placeholder placeholders placekicker placekickers placeman
placemen placenta placentals placentas placer placers places placeseeker placeseekers placidyl
placidyls placket plackets placoderm placodermi placodermis placoderms placuna placunas plage
plages plagianthus plagianthuses plagiariser plagiarisers plagiarist plagiarists plagiarizer
plagiarizers plagioclase plagioclases plaice plaices plaid plaids plainclothesman
plainclothesmen plains plainsman plainsmen plaintiff plaintiffs plait plaiter plaiters plaits
planaria planarian planarians planarias planchet planchets planchette planchettes plane planer
planera planeras planers planes planet planetarium planetariums planetesimal planetesimals
planetoid planetoids planets planimeter planimeters plank plankings planks plankton planktons
planner planners planococcus planococcuses plant plantae plantaes plantaginaceae plantaginaceaes
plantaginales plantaginaleses plantago plantagos plantain plantains plantation plantations
planter planters planthopper planthoppers plantigrades plantlet plantlets plants plantsman
plantsmen planula planulas plaque plaquenil plaquenils plaques plasm plasma plasmablast
plasmablasts plasmacyte plasmacytes plasmas plasmid plasmids plasmin plasminogen plasminogens
plasmins plasmodiidae plasmodiidaes plasmodiophora plasmodiophoraceae plasmodiophoraceaes
plasmodiophoras plasmodium plasmodiums plasms plaster plasterboard plasterboards plasterer
plasterers plasters plasterwork plasterworks plastic plasticine plasticines plasticiser
plasticisers plasticizer plasticizers plastics plastid plastids plastique plastiques plastron
plastrons platalea plataleas plataleidae plataleidaes platan platanaceae platanaceaes
platanistidae platanistidaes platans platanthera platantheras platanus platanuses plate plateau
plateaus plateful platefuls platelayer platelayers platelet platelets platen platens plater
platers plates platform platforms platichthys platichthyses platies plating platings platinum
platinums platitudinarian platitudinarians platonist platonists platter platters platy
platycephalidae platycephalidaes platycerium platyceriums platyctenea platyctenean platycteneans
platycteneas platyhelminth platyhelminthes platyhelmintheses platyhelminths platylobium
platylobiums platymiscium platymisciums platypoecilus platypoeciluses platypus platypuses
platyrrhines platyrrhini platyrrhinians platyrrhinis platysma platysmas platystemon platystemons
plautus plautuses plavix plavixes playactor playactors playbox playboxes playboy playboys
playday playdays player players playfellow playfellows playgoer playgoers playground playgrounds
playhouse playhouses playmaker playmakers playmate playmates playpen playpens playroom playrooms
playsuit playsuits plaything playthings playtime playtimes playwright playwrights plaza plazas
pleader pleaders pleasance pleasances pleaser pleasers pleat pleats pleb plebe plebeians plebes
plebs plecoptera plecopteran plecopterans plecopteras plecotus plecotuses plectania plectanias
plectognath plectognathi plectognathis plectognaths plectomycetes plectomyceteses plectophera
plectopheras plectorrhiza plectorrhizas plectranthus plectranthuses plectron plectrons
plectrophenax plectrophenaxes plectrum plectrums pledgee pledger pledgers pleiades pleiadeses
pleione pleiones pleiospilos pleiospiloses plenipotentiaries plenipotentiary pleonaste
pleonastes pleopod pleopods plesianthropus plesianthropuses plesiosaur plesiosauria
plesiosaurias plesiosaurs plesiosaurus plesiosauruses plessimeter plessimeters plessor plessors
plethodon plethodons plethodont plethodontidae plethodontidaes plethodonts plethysmograph
plethysmographs pleura pleuras pleurobrachia pleurobrachias pleurobrachiidae pleurobrachiidaes
pleurocarp pleurocarps pleurodont pleurodonts pleuronectes pleuronecteses pleuronectidae
pleuronectidaes pleurosorus pleurosoruses pleurothallis pleurothallises pleurotus pleurotuses
plexiglas plexiglases plexiglass plexiglasses pleximeter pleximeters plexor plexors plexus
plexuses plica plicas plicatoperipatus plicatoperipatuses plier pliers plierses plimsoll
plimsolls plinth plinths ploceidae ploceidaes ploceus ploceuses plodder plodders plonk plonks
plotter plotters plough ploughboy ploughboys ploughland ploughlands ploughman ploughmen ploughs
ploughshare ploughshares ploughwright ploughwrights plover plovers plowboy plowboys plower
plowers plowland plowlands plowman plowmen plowshare plowshares plowwright plowwrights plug
plugboard plugboards plugger pluggers plughole plugholes plugs plumage plumages plumbaginaceae
plumbaginaceaes plumbaginales plumbaginaleses plumbago plumbagos plumber plumbers plumbing
plumbings plumcot plumcots plumeria plumerias plumiera plumieras plums plumule plumules plunder
plunderer plunderers plunders plunger plungers pluralist pluralists plushes pluteaceae
pluteaceaes pluteus pluteuses plutocrat plutocrats pluton plutonium plutoniums plutons pluvialis
pluvialises pluvianus pluvianuses pluviometer pluviometers pluviose pluvioses plyboard plyboards
plyer plyers plyerses plywood plywoods pneumatophore pneumatophores pneumococcus pneumococcuses
pneumoencephalogram pneumoencephalograms pneumogastrics pneumovax pneumovaxes po poa poaceae
poaceaes poacher poachers poas pob pobs pochard pochards pocket pocketbook pocketbooks
pocketcomb pocketcombs pocketful pocketfuls pocketknife pocketknifes pockets pod podalyria
podalyrias podargidae podargidaes podargus podarguses podaxaceae podaxaceaes podetium podetiums
podiatrist podiatrists podiceps podicepses podicipedidae podicipedidaes podicipediformes
podicipediformeses podicipitiformes podicipitiformeses podilymbus podilymbuses podium podiums
podocarp podocarpaceae podocarpaceaes podocarps podocarpus podocarpuses podophyllum podophyllums
pods podsol podsols podzol podzols poeciliid poeciliidae poeciliidaes poeciliids poecilocapsus
poecilocapsuses poecilogale poecilogales poephila poephilas poet poetess poetesses poetiser
poetisers poetizer poetizers poets pogge pogges pogonia pogonias pogonion pogonions pogonophora
pogonophoran pogonophorans pogonophoras pogostemon pogostemons poi poikilotherm poikilotherms
poilu poilus poinciana poincianas poinsettia poinsettias pointel pointels pointillists pointrel
pointrels pointsman pointsmen pois poison poisonberries poisonberry poisoner poisoners poisons
poivrade poivrades poker pokers pokeweed pokeweeds pokeys pokies pol polack polacks polanisia
polanisias polarimeter polarimeters polariscope polariscopes polaroid polaroids polder polders
pole poleax poleaxe poleaxes polecat polecats polemicist polemicists polemist polemists
polemoniaceae polemoniaceaes polemoniales polemonialeses polemonium polemoniums polenta polentas
poler polers poles polianthes poliantheses policeman policemen policewoman policewomen
policyholder policyholders polioptila polioptilas poliovirus polioviruses polisher polishers
polistes polisteses politician politicians politico politicos pollachius pollachiuses pollack
pollacks pollard pollards pollen pollens pollex pollexes pollinator pollinators pollinium
polliniums polliwog polliwogs pollock pollocks polls pollses pollster pollsters pollucite
pollucites pollutant pollutants polluter polluters pollyfish pollyfishes pollywog pollywogs
polonaise polonaises polonies polonium poloniums polony pols poltergeist poltergeists poltroons
polyamide polyamides polyandrist polyandrists polyangiaceae polyangiaceaes polyangium
polyangiums polyanthus polyanthuses polyborus polyboruses polybotria polybotrias polybotrya
polybotryas polybutene polybutenes polybutylene polybutylenes polycarp polycarps polychaeta
polychaetas polychaete polychaetes polychete polychetes polychromes polycillin polycillins
polycirrus polycirruses polydactylus polydactyluses polyelectrolyte polyelectrolytes polyergus
polyerguses polyester polyesters polyethylene polyethylenes polyfoam polyfoams polygala
polygalaceae polygalaceaes polygalas polygamist polygamists polygene polygenes polyglots
polygonaceae polygonaceaes polygonales polygonaleses polygonatum polygonatums polygonia
polygonias polygonum polygonums polygraph polygraphs polygynist polygynists polymastigina
polymastiginas polymastigote polymastigotes polymath polymaths polymer polymerase polymerases
polymers polymorph polymorphs polymox polymoxes polymyxin polymyxins polynemidae polynemidaes
polynesians polynya polynyas polyodon polyodons polyodontidae polyodontidaes polyoma polyomas
polyose polyoses polypedates polypedateses polypedatidae polypedatidaes polypeptide polypeptides
polyphosphate polyphosphates polyplacophora polyplacophoras polyplacophore polyplacophores
polyploids polypodiaceae polypodiaceaes polypodiales polypodialeses polypodies polypodium
polypodiums polypody polyporaceae polyporaceaes polypore polypores polyporus polyporuses
polyprion polyprions polypropene polypropenes polypropenonitrile polypropenonitriles
polypropylene polypropylenes polysaccharide polysaccharides polystichum polystichums polystyrene
polystyrenes polytetrafluoroethylene polytetrafluoroethylenes polytheist polytheists polythene
polythenes polyurethan polyurethane polyurethanes polyurethans polyzoa polyzoan polyzoans
polyzoas pom pomacanthus pomacanthuses pomacentridae pomacentridaes pomacentrus pomacentruses
pomade pomaderris pomaderrises pomades pomatomidae pomatomidaes pomatomus pomatomuses pomatum
pomatums pome pomegranate pomegranates pomelo pomelos pomeranian pomeranians pomes pomfret
pomfrets pommies pommy pomo pomolobus pomolobuses pomologist pomologists pomos pomoxis pomoxises
pompadour pompadours pompano pompanos pompon pompons poms ponca poncas ponce ponces poncho
ponchos poncirus ponciruses pond ponderer ponderers ponderosa ponderosas ponds pondweed
pondweeds pone pones pongamia pongamias pongee pongees pongid pongidae pongidaes pongids pongo
pongos poniard poniards ponies ponka ponkas pons ponses ponstel ponstels pontederia
pontederiaceae pontederiaceaes pontederias pontifex pontifexes pontiff pontiffs pontificals
pontoon pontoons pontos pontoses pontus pontuses pony ponycart ponycarts ponytail ponytails pood
poodle poodles poods pooecetes pooeceteses poof poofs pool pooler poolers poolroom poolrooms
pools poon poons poop poops poorhouse poorhouses poorwill poorwills poove pooves popcorn
popcorns pope popgun popguns popillia popillias popinjay popinjays poplar poplars poplin poplins
popover popovers popper poppers poppet poppets poppies poppy popsicle popsicles populariser
popularisers popularizer popularizers populist populists populus populuses porbeagle porbeagles
porc porcelain porcelains porcellio porcellionidae porcellionidaes porcellios porch porches
porcs porcupine porcupinefish porcupinefishes porcupines porcupineses porgies porgy porifera
poriferan poriferans poriferas pork porkchop porkchops porker porkers porkfish porkfishes
porkholt porkholts porkpie porkpies porks pornographer pornographers poronotus poronotuses
poroporo poroporos porphyra porphyras porphyries porphyrin porphyrins porphyrio porphyrios
porphyrula porphyrulas porphyry porpoise porpoises porridge porridges porringer porringers port
porta portables portage portages portal portals portas portcullis portcullises porter porterage
porterages porterhouse porterhouses porters portfolio portfolios porthole portholes portico
porticos portiere portieres portraitist portraitists portrayer portrayers ports portulaca
portulacaceae portulacaceaes portulacas portunidae portunidaes portunus portunuses portwatcher
portwatchers porzana porzanas pos poser posers poseur poseurs poseuse poseuses posies position
positioner positioners positions positivist positivists positron positrons posseman possemen
possessor possessors posset possets possum possums possumwood possumwoods post postage postages
postbag postbags postbox postboxes postcava postcavas postdiluvians postdoc postdocs
postdoctorals posterboard posterboards posteriors postern posterns postgraduates posthole
postholes posthouse posthouses postiche postiches postilion postilions postillion postillions
postimpressionist postimpressionists postman postmaster postmasters postmen postmistress
postmistresses postmodernism postmodernisms postponement postponements postponer postponers
posts postulant postulants postulator postulators postum postums posturer posturers posy pot
potables potage potages potamogale potamogales potamogalidae potamogalidaes potamogeton
potamogetonaceae potamogetonaceaes potamogetons potamophis potamophises potash potashes
potassium potassiums potation potations potato potatos potawatomi potawatomis potbellies
potbelly potboy potboys poteen poteens potemkin potemkins potentate potentates potentilla
potentillas potentiometer potentiometers poterium poteriums potful potfuls pothead potheads
potherb potherbs potholder potholders pothole potholer potholers potholes pothook pothooks
pothos pothoses pothouse pothouses pothunter pothunters potion potions potluck potlucks potman
potmen potoroinae potoroinaes potoroo potoroos potorous potorouses potos potoses potpie potpies
pots potsherd potsherds pottage pottages potter potterer potterers potteries potters pottery
potties pottle pottles potto pottos potyokin potyokins pouch pouches pouf pouffe pouffes poufs
poulet poulets poulette poulettes poulterer poulterers poultice poultices poultries poultry
poultryman poultrymen pound poundage poundages poundal poundals pounder pounders pounds
pourboire pourboires pouter pouteria pouterias pouters pow powder powderer powderers powderpuff
powderpuffs powders powerboat powerboats powerbroker powerbrokers powerhouse powerhouses
powhatan powhatans pows poxvirus poxviruses poyou poyous pplo pplos pr practician practicians
practitioner practitioners praetor praetorians praetorium praetoriums praetors pragmatist
pragmatists prairial prairials prairie prairies praline pralines pram prams prancer prancers
prankster pranksters praseodymium praseodymiums prat prater praters pratincole pratincoles prats
prattler prattlers praunus praunuses pravachol pravachols pravastatin pravastatins prawn prawns
praya prayas prazosin prazosins preacher preachers prebend prebendaries prebendary prebends
precava precavas precentor precentors preceptor preceptors precinct precincts precipice
precipices precipitants precipitation precipitations precipitator precipitators precipitin
precipitins precordium precordiums precursor precursors predator predators predecessor
predecessors predestinarians predestinationist predestinationists predictor predictors
prednisolone prednisolones prednisone prednisones preemie preemies preemptor preemptors prefabs
prefect prefects prefecture prefectures pregnanediol pregnanediols prehensor prehensors
prehistories prehistory prelate prelates prelone prelones premie premiers premies premises
premiseses premium premiums premix premixes premolar premolars prenanthes prenantheses prentice
prentices prepuberties prepuberty prepuce prepuces presbyope presbyopes presbyter presbyterian
presbyterians presbyteries presbyters presbytery presbytes presbyteses preschooler preschoolers
preseason preseasons presenter presenters presentist presentists preservationist
preservationists preservatives preserver preservers preserveses presidencies presidency
president presidents presidio presidios pressman pressmen pressors prestidigitator
prestidigitators preteenager preteenagers preteens pretender pretenders preterist preterists
pretor pretorium pretoriums pretors pretzel pretzels prevacid prevacids prevaricator
prevaricators preventatives preventives prexies prexy prey preys priacanthidae priacanthidaes
priacanthus priacanthuses pricker prickers pricket prickets prickle prickleback pricklebacks
prickles prickteaser prickteasers priest priestess priestesses priests prig prigs prilosec
prilosecs primaquine primaquines primas primate primates primateses primaxin primaxins primes
primidone primidones primigravida primigravidas primipara primiparas primitives primogenitor
primogenitors primogeniture primogenitures primordium primordiums primrose primroses primula
primulaceae primulaceaes primulales primulaleses primulas primus primuses prince princeling
princelings princes princess princesses princewood princewoods principalities principality
principals principen principens prinia prinias prinival prinivals printer printers printmaker
printmakers priodontes priodonteses prion prionace prionaces prionotus prionotuses prions
prioress prioresses priories priors priory prison prisoner prisoners prisons pristidae
pristidaes pristis pristises pritzelago pritzelagos privateer privateers privateersman
privateersmen privates privateses privet privets privies privine privines privy prize
prizefighter prizefighters prizes proaccelerin proaccelerins probables probation probationer
probationers probations probenecid probenecids probiotic probiotics proboscidea proboscidean
proboscideans proboscideas proboscidian proboscidians proboscis proboscises procaine procaines
procarbazine procarbazines procardia procardias procaryote procaryotes procavia procavias
procaviidae procaviidaes proceedses procellaria procellarias procellariidae procellariidaes
procellariiformes procellariiformeses prochlorperazine prochlorperazines prociphilus
prociphiluses procnias procniases proconsul proconsuls proconvertin proconvertins procrastinator
procrastinators proctologist proctologists proctor proctors proctoscope proctoscopes procurator
procurators procurer procurers procuress procuresses procyclidine procyclidines procyon
procyonid procyonidae procyonidaes procyonids procyons prodigals prodigies prodigy producer
producers product products proenzyme proenzymes prof professionals professor professors profit
profiteer profiteers profiterole profiteroles profits profitses profligates profs progenies
progenitor progenitors progeny progesterone progesterones progestin progestins progestogen
progestogens progne prognes prognosticator prognosticators programmer programmers progymnosperm
progymnosperms prohibitionist prohibitionists projectile projectiles projectionist
projectionists projector projectors prokaryote prokaryotes prokayotae prokayotaes prolactin
prolactins prolamine prolamines prole proles proletarians proline prolines prolonge promethazine
promethazines promethium promethiums promisee promiser promisers promisor promisors promontories
promontory promoter promoters prompter prompters promulgator promulgators promycelium
promyceliums pronator pronators prong prongbuck prongbucks pronghorn pronghorns prongs
pronucleus pronucleuses proofreader proofreaders prop propagandist propagandists propagator
propagators propanal propanals propanamide propanamides propane propanediol propanediols
propanes propanol propanolol propanolols propanols propanone propanones propellants propellents
propeller propellers propellor propellors propenal propenals propene propenes propenoate
propenoates propenonitrile propenonitriles properties property prophesier prophesiers prophet
prophetess prophetesses prophets prophylactics prophyll prophylls propionaldehyde
propionaldehydes propjet propjets propman propmen proponent proponents proposer proposers
propositus proposituses propoxyphene propoxyphenes proprietaries proprietor proprietors
proprietorship proprietorships proprietress proprietresses proprioceptor proprioceptors
proprionamide proprionamides propyl propylene propylenes propyls propylthiouracil
propylthiouracils pros prosauropoda prosauropodas proscenium prosceniums prosciutto prosciuttos
prosecutor prosecutors proselyte proselytes prosencephalon prosencephalons prosimian prosimians
prosimii prosimiis prosom prosoms prosopis prosopises prosopium prosopiums prospector
prospectors prostaglandin prostaglandins prostates prostheon prostheons prosthesis prosthesises
prosthetist prosthetists prosthion prosthions prosthodontist prosthodontists prostigmin
prostigmins prostitute prostitutes protactinium protactiniums protagonist protagonists protamine
protamines protea proteaceae proteaceaes proteales protealeses proteas protease proteases
protectionist protectionists protector protectorate protectorates protectors protege protegee
protegees proteges proteidae proteidaes protein proteinase proteinases proteins proteles
proteleses proteome proteomes proteosome proteosomes proterochampsa proterochampsas protestants
protester protesters proteus proteuses prothorax prothoraxes prothrombin prothrombinase
prothrombinases prothrombins protirelin protirelins protist protista protistan protistans
protistas protists protium protiums protoactinium protoactiniums protoavis protoavises
protoceratops protoceratopses protoctist protoctista protoctistas protoctists protoheme
protohemes protohemin protohemins protohippus protohippuses protomammal protomammals proton
protons protoplasm protoplasms protoplast protoplasts prototheria prototherian prototherians
prototherias protozoa protozoan protozoans protozoas protozoologist protozoologists protozoon
protozoons protractor protractors protriptyline protriptylines protropin protropins protura
proturan proturans proturas provenance provenances provender provenders provenience proveniences
proventil proventils provera proveras provider providers province provinces provincials provirus
proviruses provisioner provisioners provisions provisionses provitamin provitamins provocateur
provocateurs provoker provokers provost provosts prow prowler prowlers prows proxies proxy
prozac prozacs prs prude prudes prumnopitys prumnopityses prune prunella prunellas prunellidae
prunellidaes pruner pruners prunes pruning prunings pruno prunos prunus prunuses prussians psa
psalmist psalmists psalteries psalterium psalteriums psaltery psaltriparus psaltriparuses psas
psenes pseneses psephologist psephologists psephurus psephuruses psetta psettas psettichthys
psettichthyses pseud pseudacris pseudacrises pseudaletia pseudaletias pseudechis pseudechises
pseudemys pseudemyses pseudobombax pseudobombaxes pseudobulb pseudobulbs pseudocarp pseudocarps
pseudococcidae pseudococcidaes pseudococcus pseudococcuses pseudocolus pseudocoluses
pseudoephedrine pseudoephedrines pseudohermaphrodites pseudolarix pseudolarixes pseudomonad
pseudomonadales pseudomonadaleses pseudomonads pseudomonas pseudomonases pseudomonodaceae
pseudomonodaceaes pseudophloem pseudophloems pseudopleuronectes pseudopleuronecteses pseudopod
pseudopodium pseudopodiums pseudopods pseudoryx pseudoryxes pseudos pseudoscorpion
pseudoscorpiones pseudoscorpioneses pseudoscorpionida pseudoscorpionidas pseudoscorpions
pseudotaxus pseudotaxuses pseudotsuga pseudotsugas pseudowintera pseudowinteras pseuds psi
psidium psidiums psilocin psilocins psilocybin psilocybins psilomelane psilomelanes
psilophytaceae psilophytaceaes psilophytales psilophytaleses psilophyte psilophytes psilophyton
psilophytons psilopsida psilopsidas psilotaceae psilotaceaes psilotales psilotaleses psilotatae
psilotataes psilotum psilotums psis psithyrus psithyruses psittacidae psittacidaes
psittaciformes psittaciformeses psittacosaur psittacosaurs psittacosaurus psittacosauruses
psittacula psittaculas psittacus psittacuses psoas psoases psocid psocidae psocidaes psocids
psocoptera psocopteras psophia psophias psophiidae psophiidaes psophocarpus psophocarpuses
psoralea psoraleas pst psts psychiatrist psychiatrists psychics psycho psychoanalyst
psychoanalysts psychodid psychodidae psychodidaes psychodids psycholinguist psycholinguists
psychologist psychologists psychoneurotics psychopath psychopaths psychophysicist
psychophysicists psychopomp psychopomps psychopsis psychopsises psychos psychotherapist
psychotherapists psychotics psychotria psychotrias psychrometer psychrometers psylla psyllas
psyllid psyllidae psyllidaes psyllids psyllium psylliums pt ptarmigan ptarmigans pteretis
pteretises pteridaceae pteridaceaes pteridium pteridiums pteridologist pteridologists
pteridophyta pteridophytas pteridophyte pteridophytes pteridosperm pteridospermae
pteridospermaes pteridospermaphyta pteridospermaphytas pteridospermopsida pteridospermopsidas
pteridosperms pteriidae pteriidaes pterion pterions pteris pterises pternohyla pternohylas
pterocarpus pterocarpuses pterocarya pterocaryas pterocles pterocleses pteroclididae
pteroclididaes pterocnemia pterocnemias pterodactyl pterodactylidae pterodactylidaes
pterodactyls pterodactylus pterodactyluses pterois pteroises pteropogon pteropogons pteropsida
pteropsidas pteropus pteropuses pterosaur pterosauria pterosaurias pterosaurs pterospermum
pterospermums pterostylis pterostylises pterygium pterygiums ptilocercus ptilocercuses
ptilocrinus ptilocrinuses ptilonorhynchidae ptilonorhynchidaes ptilonorhynchus ptilonorhynchuses
ptloris ptlorises pto ptomain ptomaine ptomaines ptomains ptos pts ptyalin ptyalins ptyalith
ptyaliths ptyas ptyases ptychozoon ptychozoons pu pub puberties puberty pubes pubescence
pubescences pubeses pubis pubises publican publicans publiciser publicisers publicist publicists
publicizer publicizers pubs puccinia pucciniaceae pucciniaceaes puccinias puccoon puccoons puck
puckerbush puckerbushes pucks pud pudding puddings puddingwife puddingwifes puddle puddler
puddlers puddles pudendum pudendums pudge pudges puds pueblo pueblos pueraria puerarias puerpera
puerperas puerperium puerperiums puffball puffballs puffbird puffbirds puffer pufferfish
pufferfishes puffers puffin puffins puffinus puffinuses pug pugilist pugilists pugs puka pukas
puke pukes puku pukus pul pula pulas pulasan pulasans pulassan pulassans pulex pulexes pulicaria
pulicarias pulicidae pulicidaes pullback pullbacks puller pullers pullet pullets pulley pulleys
pullman pullmen pullover pullovers pulmonata pulmonatas pulp pulpit pulpits pulps pulpwood
pulpwoods pulque pulques puls pulsar pulsars pulsatilla pulsatillas pulverisation pulverisations
pulverization pulverizations puma pumas pumice pumices pummelo pummelos pumpernickel
pumpernickels pumpkin pumpkins pumpkinseed pumpkinseeds punchball punchballs punchboard
punchboards puncher punchers punctum punctums pundit pundits pung pungapung pungapungs pungs
punica punicaceae punicaceaes punicas punjabi punjabis punk punkah punkahs punkey punkeys punkie
punkies punky punnet punnets punster punsters punter punters pup pupa pupas pupil pupils puppet
puppeteer puppeteers puppets puppies puppy pups purau puraus purchaser purchasers purebloods
purebreds puree purees purgatives purifier purifiers purim purims purine purines purinethol
purinethols purist purists puritan puritans purlieu purlieus purloo purloos purse purser pursers
purses purslane purslanes pursueds pursuer pursuers purveyor purveyors pus puses pushcart
pushcarts pushchair pushchairs pusher pushers pushover pushovers pushpin pushpins pushtun
pushtuns puss pusses pussies pussley pussleys pusslies pussly pussy pussycat pussycats pussytoes
pussytoeses putamen putamens putrescine putrescines puttee puttees putter putterer putterers
putters putties putty puttyroot puttyroots putz putzes pva pvas pvc pvcs pwr pwrs px pxes pya
pyas pycnanthemum pycnanthemums pycnidium pycnidiums pycnogonid pycnogonida pycnogonidas
pycnogonids pyelogram pyelograms pygmies pygmy pygopodidae pygopodidaes pygopus pygopuses
pygoscelis pygoscelises pyinma pyinmas pyjama pyjamas pylodictus pylodictuses pylon pylons
pylorus pyloruses pyocyanase pyocyanases pyocyanin pyocyanins pyracanth pyracantha pyracanthas
pyracanths pyralid pyralidae pyralidaes pyralididae pyralididaes pyralids pyralis pyralises
pyrausta pyraustas pyrectics pyrene pyrenes pyrenomycetes pyrenomyceteses pyrethrum pyrethrums
pyrex pyrexes pyridine pyridines pyridium pyridiums pyridoxal pyridoxals pyridoxamine
pyridoxamines pyridoxine pyridoxines pyrilamine pyrilamines pyrimidine pyrimidines pyrite
pyrites pyriteses pyrocellulose pyrocelluloses pyrocephalus pyrocephaluses pyrogallol
pyrogallols pyrogen pyrogens pyrograph pyrographer pyrographers pyrographs pyrola pyrolaceae
pyrolaceaes pyrolas pyrolusite pyrolusites pyromancer pyromancers pyromaniac pyromaniacs
pyrometer pyrometers pyromorphite pyromorphites pyrope pyropes pyrophorus pyrophoruses
pyrophosphate pyrophosphates pyrophyllite pyrophyllites pyroscope pyroscopes pyrostat pyrostats
pyroxene pyroxenes pyroxylin pyroxyline pyroxylines pyroxylins pyrrhocoridae pyrrhocoridaes
pyrrhotine pyrrhotines pyrrhotite pyrrhotites pyrrhula pyrrhulas pyrrhuloxia pyrrhuloxias
pyrrophyta pyrrophytas pyrrosia pyrrosias pyrularia pyrularias pyrus pyruses pythiaceae
pythiaceaes pythium pythiums python pythoness pythonesses pythonidae pythonidaes pythoninae
pythoninaes pythons pyx pyxes pyxidanthera pyxidantheras pyxidium pyxidiums pyxie pyxies pyxis
pyxises qadi qadis qat qataris qats qepiq qepiqs qibla qiblas qindarka qindarkas qintar qintars
quaalude quaaludes quack quackgrass quackgrasses quacks quad quadragesima quadragesimas quadrant
quadrants quadraphonies quadraphony quadrennium quadrenniums quadriceps quadricepses quadrillion
quadrillions quadrillionths quadripara quadriparas quadriplegic quadriplegics quadroon quadroons
quadrupeds quadruplet quadruplets quadruplicates quads quaestor quaestors quaff quaffer quaffers
quaffs quag quagga quaggas quagmire quagmires quags quahaug quahaugs quahog quahogs quaker
qualifier qualifiers quamash quamashes quamassia quamassias quandang quandangs quandong
quandongs quantong quantongs quapaw quapaws quark quarks quarreler quarrelers quarreller
quarrellers quarrier quarriers quarries quarry quarryman quarrymen quart quarter quarterback
quarterbacks quarterdeck quarterdecks quartering quarterings quarterlight quarterlights
quartermaster quartermasters quartern quarterns quarters quarterses quarterstaff quarterstaffs
quartervine quartervines quartet quartets quartic quartics quarts quartz quartzes quartzite
quartzites quasar quasars quassia quassias quat quatercentenaries quatercentenary
quatercentennial quatercentennials quatern quaternaries quaternion quaternions quaternities
quaternity quaterns quats quattrocento quattrocentos quay quayage quayages quays quebecoises
quechua quechuas queen queenfish queenfishes queens queers quercitron quercitrons quercus
quercuses querier queriers quern querns quesadilla quesadillas quester questers questioner
questioners quetzal quetzals quiaquia quiaquias quibbler quibblers quiche quiches quickener
quickeners quicklime quicklimes quicks quicksets quicksilvers quid quidnunc quidnuncs quids
quietist quietists quiff quiffs quill quills quillwort quillworts quilt quilting quiltings
quilts quin quinacrine quinacrines quince quincentenaries quincentennials quinces quinidex
quinidexes quinidine quinidines quinine quinines quinone quinones quinora quinoras quinquagesima
quinquagesimas quinquennium quinquenniums quins quint quintal quintals quintessence
quintessences quintillion quintillions quintillionths quintipara quintiparas quints quintuplet
quintuplets quipu quipus quira quiras quire quires quirt quirts quiscalus quiscaluses quisling
quislings quittance quittances quitter quitters quizmaster quizmasters quizzer quizzers quoin
quoins quoit quota quotas quoter quoters qurush qurushes r ra rabato rabatos rabbet rabbets
rabbi rabbis rabbit rabbiteye rabbiteyes rabbitfish rabbitfishes rabbits rabbitweed rabbitweeds
rabbitwood rabbitwoods raccoon raccoons raceabout raceabouts racecourse racecourses racehorse
racehorses raceme racemes racer racers racerunner racerunners racetrack racetracks raceway
raceways rachet rachets rachis rachises rachycentridae rachycentridaes rachycentron
rachycentrons racialist racialists racist racists rack racker rackers racketeer racketeers racks
raconteur raconteurs racoon racoons racquet racquetball racquetballs racquets rad radar radars
raddle raddles radials radian radians radiator radiators radicals radicchio radicchios radicle
radicles radiigera radiigeras radiobiologist radiobiologists radiocarbon radiocarbons
radiochemist radiochemists radiochlorine radiochlorines radiograph radiographer radiographers
radiographs radioisotope radioisotopes radiolaria radiolarian radiolarians radiolarias
radiolocation radiolocations radiologist radiologists radiometer radiometers radiomicrometer
radiomicrometers radiopharmaceutical radiopharmaceuticals radiophone radiophones radiophoto
radiophotograph radiophotographs radiophotos radiotherapist radiotherapists radiothorium
radiothoriums radish radishes radium radiums radix radixes radome radomes radon radons rads
radyera radyeras raetam raetams raffia raffias raffinose raffinoses rafflesiaceae rafflesiaceaes
raft rafter rafters raftman raftmen rafts raftses raftsman raftsmen rag ragamuffin ragamuffins
ragee ragi ragis raglan raglans ragout ragouts ragpicker ragpickers rags ragsorter ragsorters
ragweed ragweeds ragwort ragworts raider raiders rail railbird railbirds railcar railcars
railhead railheads railing railings railroad railroader railroaders railroads railses railway
railwayman railwaymen railways railyard railyards raiment raiments rainbow rainbows raincoat
raincoats rainflies rainfly rainmaker rainmakers rainwater rainwaters raiser raisers raisin
raisins raita raitas raja rajab rajabs rajah rajahs rajas rajidae rajidaes rajiformes
rajiformeses rajpoot rajpoots rajput rajputs rakehell rakehells rallidae rallidaes ramadan
ramadans ramalina ramalinas ramanavami ramanavamis rambler ramblers rambotan rambotans
rambouillet rambouillets rambutan rambutans ramee ramees ramekin ramekins ramequin ramequins
ramie ramies ramipril ramiprils ramjet ramjets rammer rammers ramona ramonas ramontchi
ramontchis ramp rampart ramparts ramphastidae ramphastidaes ramphomicron ramphomicrons rampion
rampions ramps ramrod ramrods ramsons ramsonses ramus ramuses rana ranales ranaleses ranas
ranatra ranatras ranch rancher ranchers ranches rand rands ranee ranees rangefinder rangefinders
rangeland rangelands ranger rangers rangifer rangifers rangpur rangpurs rani ranid ranidae
ranidaes ranids ranis ranitidine ranitidines ranker rankers rankine rankines ransom ransoms
ranter ranters ranunculaceae ranunculaceaes ranunculales ranunculaleses ranunculus ranunculuses
raoulia raoulias rapateaceae rapateaceaes raper rapers rapeseed rapeseeds raphael raphaels
raphanus raphanuses raphe raphes raphia raphias raphicerus raphiceruses raphidae raphidaes
raphidiidae raphidiidaes raphus raphuses rapids rapier rapiers rapist rapists rappee rappees
rappeller rappellers rapper rappers rapporteur rapporteurs rapscallion rapscallions raptor
raptores raptoreses raptors rarebit rarebits rariora rarioras ras rascal rascals rases rasher
rashers raspberries raspberry rasta rastafarians raster rasters rat ratables ratableses ratafee
ratafees ratafia ratafias ratan ratans ratatouille ratatouilles ratch ratches ratchet ratchets
rate rateables rateableses ratel ratels ratepayer ratepayers rateses rathole ratholes
rathskeller rathskellers ratibida ratibidas ratifier ratifiers ratiocinator ratiocinators ration
rationalists rationals rations ratitae ratitaes ratite ratites ratlin ratline ratlines ratlins
rats ratsbane ratsbanes rattail rattails rattan rattans ratter ratters rattlebox rattleboxes
rattler rattlers rattlesnake rattlesnakes rattus rattuses raudixin raudixins rauvolfia
rauvolfias rauwolfia rauwolfias ravehook ravehooks raveling ravelings ravelling ravellings raven
ravenala ravenalas ravens raver ravers ravigote ravigotes ravigotte ravigottes ravine ravines
ravioli raviolis ravisher ravishers rawhide rawhides rayon rayons rayonses razor razorbacks
razorbill razorbills razorblade razorblades razors rb rbc rbcs rbs re reactant reactants
reactionaries reactionary reactor reactors reader readers reagent reagents reagin reagins
realgar realgars realist realists reallocation reallocations reals realties realtor realtors
realty ream reamer reamers reams reaper reapers rearwards reasoner reasoners reata reatas reb
rebate rebates rebato rebatos rebel rebels reboxetine reboxetines rebozo rebozos rebs rebuker
rebukers rebutter rebutters receipts receiptses receivables receivableses receiver receivers
receptacle receptacles receptionist receptionists receptor receptors recessives rechauffe
rechauffes recidivist recidivists recipient recipients recitalist recitalists reciter reciters
reckoner reckoners recliner recliners recluse recluses recognisance recognisances recognizance
recognizances recombinants recompense recompenses reconciler reconcilers recorder recorders
recordings recoverer recoverers recreants recruiter recruiters rectifier rectifiers rector
rectories rectors rectory rectum rectums rectus rectuses recurvirostra recurvirostras
recurvirostridae recurvirostridaes recusants redact redactor redactors redacts redbellies
redbelly redberries redberry redbird redbirds redbone redbones redbreast redbreasts redbrush
redbrushes redbud redbuds redbug redbugs redcap redcaps redcoat redcoats reddle reddles redeemer
redeemers redfish redfishes redhead redheader redheaders redheads redhorse redhorses redmaids
redmaidses redneck rednecks redoubt redoubts redpoll redpolls redraft redrafts redress redresses
redroot redroots redshank redshanks redskin redskins redstart redstarts redtail redtails reducer
reducers reductant reductants reductase reductases reduviid reduviidae reduviidaes reduviids
redwing redwings redwood redwoods reed reedbird reedbirds reedmace reedmaces reeds reef reefer
reefers reefs reel reeler reelers reels reenactor reenactors reeve reeves ref refection
refections refectories refectory referee referees referral referrals refiner refineries refiners
refinery refinisher refinishers reflectance reflectances reflectivities reflectivity
reflectometer reflectometers reflector reflectors reformatories reformer reformers reformists
refractometer refractometers refractories refresher refreshers refreshment refreshments
refrigerants refrigerator refrigerators refs refuge refugee refugees refuges refund refunds
refuter refuters regalecidae regalecidaes regalia regalias regencies regency regents regicide
regicides regimentals regimentalses region regions registrant registrants registrar registrars
reglaecus reglaecuses regnellidium regnellidiums regosol regosols regulars regulator regulators
regulus reguluses regur regurs reimbursement reimbursements rein reincarnation reincarnations
reindeer reindeers reins reinsurance reinsurances reithrodontomys reithrodontomyses relafen
relafens relatives relaxants relaxer relaxers relaxin relaxins relic relics relict relicts
reliever relievers relievo relievos religionist religionists religiouses reliquaries reliquary
remainses remakings remicade remicades remilegia remilegias remise remises remitment remitments
remittal remittals remittance remittances remora remoras remotes remover removers remuneration
remunerations remunerator remunerators renegades renin renins rennet rennets rennin rennins
renovator renovators rensselaerite rensselaerites rentals rente renter renters rentier rentiers
reoviridae reoviridaes reovirus reoviruses rep repairer repairers repairman repairmen reparation
reparations repast repasts repatriate repatriates repeater repeaters repellants repellents
repertories repertory replica replicas reporter reporters repositories repository repp repps
representative representatives represser repressers repressor repressors reproacher reproachers
reprobate reprobates reproducer reproducers reprover reprovers reps reptantia reptantias reptile
reptiles reptilia reptilians reptilias republican republicans requester requesters requisites
requital requitals rerebrace rerebraces reredos reredoses res rescriptor rescriptors rescuer
rescuers researcher researchers reseau reseaus reseda resedaceae resedaceaes resedas reserpine
reserpines reservation reservations reservist reservists reservoir reservoirs reses resid
residence residences resident residents resids residue residues resin resinoid resinoids resins
resister resisters resistor resistors resolvent resolvents resonator resonators resorcinol
resorcinolphthalein resorcinolphthaleins resorcinols resource resources respecter respecters
respirator respirators respondents responder responders restaurant restauranter restauranters
restaurants restaurateur restaurateurs rester resters restharrow restharrows restitution
restitutions restoratives restorer restorers restoril restorils restrainer restrainers restroom
restrooms resuscitator resuscitators resuspension resuspensions retailer retailers retainer
retainers retaliator retaliators retama retamas retardant retardants retardent retardents rete
retem retems retes reticle reticles reticule reticules reticulitermes reticulitermeses
reticulocyte reticulocytes reticulum reticulums retina retinals retinas retinene retinenes
retinol retinols retiree retractor retractors retread retreads retreatant retreatants
retrenchment retrenchments retribution retributions retriever retrievers retrofit retrofits
retrophyllum retrophyllums retrorocket retrorockets retrovir retrovirs retrovirus retroviruses
retsina retsinas reuben reubens reveler revelers reveller revellers revenants revenue revenuer
revenuers revenues reverend reverends revers reversibles reversion reversioner reversioners
reversionist reversionists reversions revetement revetements revetment revetments reviewer
reviewers reviser revisers revisionist revisionists revivalist revivalists revolutionaries
revolutionist revolutionists revolver revolvers rewriter rewriters rex rexes reynard reynards rf
rfs rg rgs rh rhabdomancer rhabdomancers rhabdoviridae rhabdoviridaes rhabdovirus rhabdoviruses
rhadamanthus rhadamanthuses rhagoletis rhagoletises rhamnaceae rhamnaceaes rhamnales rhamnaleses
rhamnus rhamnuses rhaphe rhaphes rhapis rhapises rhea rheas rheidae rheidaes rheiformes
rheiformeses rhenishes rhenium rheniums rheometer rheometers rheostat rheostats rhesus rhesuses
rhetorician rhetoricians rheum rheumatics rheumatologist rheumatologists rheums rhexia rhexias
rhibhus rhibhuses rhincodon rhincodons rhincodontidae rhincodontidaes rhinencephalon
rhinencephalons rhinestone rhinestones rhinion rhinions rhino rhinobatidae rhinobatidaes
rhinoceros rhinoceroses rhinocerotidae rhinocerotidaes rhinolaryngologist rhinolaryngologists
rhinolophidae rhinolophidaes rhinonicteris rhinonicterises rhinoptera rhinopteras rhinos
rhinoscope rhinoscopes rhinotermitidae rhinotermitidaes rhinovirus rhinoviruses rhipsalis
rhipsalises rhiptoglossa rhiptoglossas rhizobiaceae rhizobiaceaes rhizobium rhizobiums
rhizoctinia rhizoctinias rhizoid rhizoids rhizome rhizomes rhizomorph rhizomorphs rhizophora
rhizophoraceae rhizophoraceaes rhizophoras rhizopod rhizopoda rhizopodan rhizopodans rhizopodas
rhizopods rhizopogon rhizopogonaceae rhizopogonaceaes rhizopogons rhizopus rhizopuses rhodanthe
rhodanthes rhodium rhodiums rhodochrosite rhodochrosites rhododendron rhododendrons rhodolite
rhodolites rhodonite rhodonites rhodophyceae rhodophyceaes rhodophyta rhodophytas rhodopsin
rhodopsins rhodosphaera rhodosphaeras rhodymenia rhodymeniaceae rhodymeniaceaes rhodymenias
rhoeadales rhoeadaleses rhombencephalon rhombencephalons rhs rhubarb rhubarbs rhumb rhumbs rhus
rhuses rhyacotriton rhyacotritons rhymer rhymers rhymester rhymesters rhynchocephalia
rhynchocephalias rhynchoelaps rhynchoelapses rhyncostylis rhyncostylises rhynia rhyniaceae
rhyniaceaes rhynias rhyolite rhyolites rial rials riata riatas rib ribalds riband ribands
ribavirin ribavirins ribband ribbands ribbing ribbings ribbon ribbonfish ribbonfishes ribbons
ribbonwood ribbonwoods ribes ribeses ribgrass ribgrasses ribhus ribhuses ribier ribiers
riboflavin riboflavins ribonuclease ribonucleases ribonucleinase ribonucleinases ribose riboses
ribosome ribosomes ribs ribwort ribworts rice ricebird ricebirds ricegrass ricegrasses ricer
ricers rices richea richeas riches richeses richmondena richmondenas richweed richweeds ricin
ricins ricinus ricinuses rickettsia rickettsiaceae rickettsiaceaes rickettsiales rickettsialeses
rickettsias rickey rickeys rickrack rickracks ricksha rickshas rickshaw rickshaws ricotta
ricottas ricrac ricracs rider riders ridge ridgel ridgeline ridgelines ridgeling ridgelings
ridgels ridgepole ridgepoles ridges ridgil ridgils ridgling ridglings ridiculer ridiculers
ridley ridleys riel riels riesling rieslings rifadin rifadins rifampin rifampins riff riffian
riffians riffs rifle riflebird riflebirds rifleman riflemen rifles rift rifts rigatoni rigatonis
rigger riggers rigging riggings rightfield rightfields righthander righthanders rightists rigout
rigouts rijstafel rijstafels rijstaffel rijstaffels rijsttaffel rijsttaffels rilievo rilievos
rill rills rima rimactane rimactanes rimas rime rimes rimu rimus rind rinds ringdove ringdoves
ringer ringers ringgit ringgits ringhals ringhalses ringleader ringleaders ringmaster
ringmasters ringses ringside ringsides ringtail ringtails ringway ringways rink rinkhals
rinkhalses rinks rioja riojas rioter rioters riparia riparias ripcord ripcords ripper rippers
ripsaw ripsaws riser risers risotto risottos rissa rissas rissole rissoles ritalin ritalins
ritonavir ritonavirs ritualist ritualists river riverbank riverbanks riverbed riverbeds rivers
riverside riversides riveter riveters rivetter rivetters rivina rivinas rivulet rivulets rivulus
rivuluses riyal riyals rn rna rnas rnase rnases rns roach roaches road roadbed roadbeds roadhog
roadhogs roadhouse roadhouses roadkill roadkills roadman roadmen roadrunner roadrunners roads
roadses roadside roadsides roadstead roadsteads roadster roadsters roadway roadways roamer
roamers roans roarer roarers roaster roasters robalo robalos robaxin robaxins robber robbers
robe robes robin robinia robinias robins robitussin robitussins roble robles robot robots roc
rocambole rocamboles roccella roccellaceae roccellaceaes roccellas roccus roccuses rocephin
rocephins rock rockchuck rockchucks rockcress rockcresses rocker rockeries rockery rocket
rockets rockfish rockfishes rockfoil rockfoils rockrose rockroses rocks rockweed rockweeds rocs
rod rodent rodentia rodentias rodents rodolia rodolias rods roe roebuck roebucks roentgen
roentgenium roentgeniums roentgenogram roentgenograms roentgenoscope roentgenoscopes roentgens
roes rofecoxib rofecoxibs rogaine rogaines rogue rogues rohypnol rohypnols roi rois roisterer
roisterers rolaids rolaidses rollerblade rollerblader rollerbladers rollerblades rollmops
rollmopses rolodex rolodexes rom roma romaine romaines romanians romanies romanis romanoff
romanoffs romanov romanovs romanticists romantics romas romen romeo romeos rommanies rommany
romneya romneyas romper rompers roms roneo roneograph roneographs roneos rood roods roof roofer
roofers roofies roofings roofs rooftop rooftops rooftree rooftrees roofy rooibos rooiboses rook
rookeries rookery rookie rookies rooks room roomer roomers roomette roomettes roomful roomfuls
roomie roomies roommate roommates rooms roomses rooster roosters root rooter rooters rootlet
rootlets rootstalk rootstalks rootstock rootstocks rope ropebark ropebarks ropedancer
ropedancers ropemaker ropemakers roper ropers ropes ropewalk ropewalker ropewalkers ropewalks
ropeway ropeways rophies rophy roquefort roqueforts roquette roquettes roridula roridulaceae
roridulaceaes roridulas rorippa rorippas rorqual rorquals rosa rosaceae rosaceaes rosales
rosaleses rosaries rosary rosas rosebay rosebays rosebud rosebuds rosebush rosebushes rosefish
rosefishes rosehip rosehips roselle roselles rosellinia rosellinias rosemaling rosemalings
rosemaries rosemary roses rosette rosettes rosewood rosewoods rosicrucians rosidae rosidaes
rosilla rosillas rosin rosins rosinweed rosinweeds rosita rositas rosmarinus rosmarinuses
rostrum rostrums rotarian rotarians rotaries rotavirus rotaviruses rotenone rotenones rotgut
rotguts rotifer rotifera rotiferas rotifers rotisserie rotisseries rotl rotls rotor rotors
rottenstone rottenstones rotter rotters rottweiler rottweilers rotunda rotundas rouble roubles
roue roues rouge rougeberries rougeberry rouges roughage roughages roughcast roughcasts roughleg
roughlegs roughneck roughnecks roughrider roughriders roulade roulades rouleau rouleaus
roundabouts rounder roundhead roundheads roundhouse roundhouses rounds roundsman roundsmen
rouser rousers roustabout roustabouts route router routers routes roux rouxes rover rovers rowan
rowanberries rowanberry rowans rowboat rowboats rowdies rowdy rowel rowels rower rowers rowlock
rowlocks royalist royalists royals royalties royalty roystonea roystoneas rozelle rozelles rpm
rpms rs rtlt rtlts ru rubato rubatos rubber rubberneck rubbernecker rubberneckers rubbernecks
rubbers rubbish rubbishes rubble rubbles rube rubefacient rubefacients rubel rubels rubia
rubiaceae rubiaceaes rubiales rubialeses rubias rubicelle rubicelles rubidium rubidiums rubies
ruble rubles rubus rubuses ruby rucksack rucksacks rudapithecus rudapithecuses rudbeckia
rudbeckias rudd rudder rudderfish rudderfishes rudderpost rudderposts rudders rudderstock
rudderstocks ruddle ruddles ruddleses rudds rue rues ruff ruffian ruffians ruffs rug ruga rugas
rugelach rugelaches ruggelach ruggelaches rugs rugulah rugulahs ruiner ruiners ruler rulers
rumen rumens rumex rumexes ruminantia ruminantias ruminants ruminator ruminators rummer rummers
rummies rumohra rumohras rumormonger rumormongers rumourmonger rumourmongers rump rumps
rumrunner rumrunners rums runabout runabouts runch runches rundle rundles rungs runnel runnels
runner runners runt runts runway runways rupee rupees rupiah rupiahs rupicapra rupicapras
rupicola rupicolas ruptiliocarpon ruptiliocarpons rupturewort ruptureworts ruralist ruralists
rus ruscaceae ruscaceaes ruscus ruscuses rusher rushers rushlight rushlights rusk rusks russet
russets russians russula russulaceae russulaceaes russulas rustics rustler rustlers ruta
rutabaga rutabagas rutaceae rutaceaes rutas ruthenium rutheniums rutherford rutherfordium
rutherfordiums rutherfords rutile rutiles rutilus rutiluses rv rvs rwandans rya ryas rydberg
rydbergs rye ryegrass ryegrasses ryes rynchopidae rynchopidaes rynchops rynchopses rypticus
rypticuses ryukyuan ryukyuans s saame saames saami saamis sabahans sabal sabals sabaton sabatons
sabayon sabayons sabbatarians sabbath sabbaths sabbatia sabbatias sabbaticals sabbatum sabbatums
saber sabers sabertooth sabertooths sabicu sabicus sabin sabinea sabineas sabines sabins sable
sables sabot saboteur saboteurs sabots sabra sabras sabre sabres saccharase saccharases
saccharide saccharides saccharin saccharins saccharomyces saccharomyceses saccharomycetaceae
saccharomycetaceaes saccharose saccharoses saccharum saccharums saccule saccules sacculus
sacculuses sachem sachems sachet sachets sack sackbut sackbuts sackcloth sackcloths sackful
sackfuls sackings sacks sacque sacques sacrificer sacrificers sacristan sacristans sacristies
sacristy sacrum sacrums saddhu saddhus saddle saddleback saddlebacks saddlebag saddlebags
saddlebill saddlebills saddlebow saddlebows saddlecloth saddlecloths saddler saddleries saddlers
saddlery saddles sadducee sadducees sadhu sadhus sadist sadists sadleria sadlerias sadomasochist
sadomasochists safar safars safebreaker safebreakers safecracker safecrackers safehold safeholds
safes safflower safflowers saffranine saffranines saffron saffrons safranin safranine safranines
safranins sagamore sagamores sage sagebrush sagebrushes sagina saginas sagitta sagittaria
sagittarias sagittariidae sagittariidaes sagittarius sagittariuses sagittas sago sagos saguaro
saguaros sahaptin sahaptino sahaptinos sahaptins sahib sahibs sahuaro sahuaros saiga saigas
sailboat sailboats sailcloth sailcloths sailfish sailfishes sailmaker sailmakers sailor sailors
sailplane sailplanes saimiri saimiris sainfoin sainfoins saint saintpaulia saintpaulias saints
saki sakis salad salade salades salads salai salais salal salals salamander salamanders
salamandra salamandras salamandridae salamandridaes salami salamis salaries salary saleratus
saleratuses saleroom salerooms sales salesclerk salesclerks saleses salesgirl salesgirls
salesladies saleslady salesman salesmen salesperson salespersons salesroom salesrooms saleswoman
saleswomen salian salians salicaceae salicaceaes salicales salicaleses salicornia salicornias
salicylate salicylates salientia salientians salientias salients saline salines salinometer
salinometers saliva salivas salix salixes sallet sallets sallows salmacis salmacises salmi
salmis salmo salmon salmonberries salmonberry salmonella salmonellas salmonid salmonidae
salmonidaes salmonids salmons salmos salmwood salmwoods salol salols salon salons saloon saloons
salp salpa salpas salpichroa salpichroas salpidae salpidaes salpiglossis salpiglossises
salpinctes salpincteses salpinx salpinxes salps salsa salsas salsifies salsify salsilla
salsillas salsola salsolas salt saltbox saltboxes saltbush saltbushes saltcellar saltcellars
salter salters saltine saltines saltire saltires saltpan saltpans saltpeter saltpeters saltpetre
saltpetres salts saltshaker saltshakers saltwater saltwaters saltworks saltworkses saltwort
saltworts saluki salukis salutatorian salutatorians saluter saluters salvadora salvadoraceae
salvadoraceaes salvadorans salvadoras salvadoreans salvadorian salvadorians salvager salvagers
salve salvelinus salvelinuses salver salvers salves salvia salvias salvinia salviniaceae
salviniaceaes salvinias salvinorin salvinorins salvor salvors salwar salwars sam saman samara
samaras samaritan samaritans samarium samariums samarskite samarskites samba sambar sambars
sambas sambuca sambucas sambucus sambucuses sambur samburs samen sames sami samia samias samis
samisen samisens samite samites samnite samnites samoans samolus samoluses samosa samosas
samovar samovars samoyed samoyede samoyedes samoyeds sampan sampans samphire samphires sampler
samplers sams samson samsons samurai samurais sanatarium sanatariums sanatorium sanatoriums
sanctuaries sanctuary sanctum sanctums sand sandal sandals sandalwood sandalwoods sandarac
sandarach sandaraches sandaracs sandbag sandbagger sandbaggers sandbags sandbank sandbanks
sandbar sandbars sandberries sandberry sandblaster sandblasters sandbox sandboxes sandboy
sandboys sandbur sandburs sander sanderling sanderlings sanders sandfish sandfishes sandflies
sandfly sandglass sandglasses sandgrouse sandgrouses sandhopper sandhoppers sandlot sandlots
sandman sandmen sandpaper sandpapers sandpile sandpiles sandpiper sandpipers sandpit sandpits
sandril sandrils sandses sandspur sandspurs sandstone sandstones sandwich sandwiches sandwichman
sandwichmen sandwort sandworts sanfoin sanfoins sang sangapenum sangapenums sangaree sangarees
sangoma sangomas sangria sangrias sangs sanguinaria sanguinarias sanicle sanicles sanicula
saniculas sanies sanieses sanitarium sanitariums sannup sannups sannyasi sannyasin sannyasins
sannyasis sansevieria sansevierias santalaceae santalaceaes santalales santalaleses santalum
santalums santee santees santims santimses santolina santolinas sanvitalia sanvitalias sanyasi
sanyasis saphar saphars saphead sapheads sapindaceae sapindaceaes sapindales sapindaleses
sapindus sapinduses sapling saplings sapodilla sapodillas saponaria saponarias saponin saponins
sapota sapotaceae sapotaceaes sapotas sapote sapotes sapper sappers sapphires sapphirines
saprobe saprobes saprolegnia saprolegniales saprolegnialeses saprolegnias saprolite saprolites
sapropel sapropels saprophyte saprophytes sapsago sapsagos sapsucker sapsuckers sapwood sapwoods
saquinavir saquinavirs saracen saracens sarafem sarafems saran sarans sarape sarapes saratoga
saratogas sarawakians sarcenet sarcenets sarcobatus sarcobatuses sarcocephalus sarcocephaluses
sarcochilus sarcochiluses sarcocystidean sarcocystideans sarcocystieian sarcocystieians
sarcocystis sarcocystises sarcodes sarcodeses sarcodina sarcodinas sarcodine sarcodines
sarcodinian sarcodinians sarcolemma sarcolemmas sarcomere sarcomeres sarcophaga sarcophagas
sarcophagus sarcophaguses sarcophilus sarcophiluses sarcoplasm sarcoplasms sarcoptes sarcopteses
sarcoptid sarcoptidae sarcoptidaes sarcoptids sarcorhamphus sarcorhamphuses sarcoscyphaceae
sarcoscyphaceaes sarcosine sarcosines sarcosomataceae sarcosomataceaes sarcosome sarcosomes
sarcosporidia sarcosporidian sarcosporidians sarcosporidias sarcostemma sarcostemmas sarcostyle
sarcostyles sard sarda sardas sardina sardinas sardine sardines sardinians sardinops sardinopses
sardius sardiuses sardonyx sardonyxes sards saree sarees sargasso sargassos sargassum sargassums
sari sarin sarins saris sarong sarongs sarracenia sarraceniaceae sarraceniaceaes sarraceniales
sarracenialeses sarracenias sarsaparilla sarsaparillas sarsenet sarsenets sartor sartorius
sartoriuses sartors sash sashes sashimi sashimis saskatoon saskatoons sassabies sassaby
sassafras sassafrases sassenach sassenaches satang satangs satanist satanists satchel satchels
sateen sateens satellite satellites satin satinet satinets satinette satinettes satinleaf
satinleafs satinpod satinpods satins satinwood satinwoods satirist satirists satisfier
satisfiers satrap satraps sats satsuma satsumas saturday saturdays satureia satureias satureja
saturejas saturnia saturnias saturniid saturniidae saturniidaes saturniids satyr satyridae
satyridaes satyrs sauce sauceboat sauceboats saucepan saucepans saucepot saucepots sauces saudis
sauerbraten sauerbratens sauerkraut sauerkrauts sauk sauks sauna saunas saunterer saunterers
saurel saurels sauria saurians saurias sauries saurischia saurischian saurischians saurischias
sauromalus sauromaluses sauropod sauropoda sauropodas sauropodomorpha sauropodomorphas sauropods
sauropterygia sauropterygias saurosuchus saurosuchuses saururaceae saururaceaes saururus
saururuses saury sausage sausages saussurea saussureas sauterne sauternes sauterneses savages
savanna savannah savannahs savannas savant savants savara savaras savarin savarins saveloy
saveloys saver savers savin savings savingses savins savior saviors saviour saviours savories
savouries savoy savoyard savoyards savoys sawan sawans sawbill sawbills sawbones sawboneses
sawbuck sawbucks sawdust sawdusts sawfish sawfishes sawflies sawfly sawhorse sawhorses sawmill
sawmills sawpit sawpits sawtooth sawtooths sawwort sawworts sawyer sawyers sax saxegothea
saxegotheas saxes saxhorn saxhorns saxicola saxicolas saxifraga saxifragaceae saxifragaceaes
saxifragas saxifrage saxifrages saxist saxists saxitoxin saxitoxins saxons saxophone saxophones
saxophonist saxophonists sayornis sayornises sazerac sazeracs sb sbs sc scabbard scabbards
scabicide scabicides scabiosa scabiosas scabious scabiouses scablands scablandses scad scads
scadses scaffold scaffolding scaffoldings scaffolds scag scags scalawag scalawags scalenus
scalenuses scaler scalers scallion scallions scallopine scallopines scallopini scallopinis
scallywag scallywags scalp scalpel scalpels scalper scalpers scalps scammer scammers scammonies
scammony scammonyroot scammonyroots scamp scampi scampis scampo scampos scamps scandalmonger
scandalmongers scandentia scandentias scandinavians scandium scandiums scanner scanners scanties
scantling scantlings scape scapegoat scapegoats scapegrace scapegraces scapes scaphiopus
scaphiopuses scaphopod scaphopoda scaphopodas scaphopods scaphosepalum scaphosepalums scapula
scapular scapularies scapulars scapulary scapulas scarab scarabaean scarabaeans scarabaeid
scarabaeidae scarabaeidaes scarabaeids scarabaeus scarabaeuses scarabs scardinius scardiniuses
scarecrow scarecrows scaremonger scaremongers scarer scarers scarf scarfpin scarfpins scarfs
scaridae scaridaes scarp scarps scartella scartellas scatterbrain scatterbrains scattergood
scattergoods scattergun scatterguns scatterings scaup scauper scaupers scaups scavenger
scavengers sceliphron sceliphrons sceloglaux sceloglauxes sceloporus sceloporuses scenarist
scenarists scene sceneries scenery scenes sceneshifter sceneshifters sceptic sceptics scet scets
schaffneria schaffnerias scheduler schedulers scheelite scheelites schefflera scheffleras
schematics schemer schemers scheuchzeriaceae scheuchzeriaceaes schilling schillings schinus
schinuses schipperke schipperkes schist schistosoma schistosomas schistosomatidae
schistosomatidaes schistosome schistosomes schists schizachyrium schizachyriums schizaea
schizaeaceae schizaeaceaes schizaeas schizanthus schizanthuses schizocarp schizocarps
schizomycetes schizomyceteses schizopetalon schizopetalons schizophragma schizophragmas
schizophrenics schizophyceae schizophyceaes schizophyta schizophytas schizopoda schizopodas
schizosaccharomyces schizosaccharomyceses schizosaccharomycetaceae schizosaccharomycetaceaes
schlemiel schlemiels schlep schlepper schleppers schleps schlimazel schlimazels schlock
schlockmeister schlockmeisters schlocks schlumbergera schlumbergeras schmo schmoozer schmoozers
schmos schmuck schmucks schnapps schnappses schnaps schnapses schnauzer schnauzers schnecken
schneckens schnittlaugh schnittlaughs schnitzel schnitzels schnook schnooks schnorchel
schnorchels schnorkel schnorkels schnorrer schnorrers schnoz schnozes schnozzle schnozzles
scholar scholars scholarship scholarships scholastics scholiast scholiasts schomburgkia
schomburgkias schoolbag schoolbags schoolboy schoolboys schoolchild schoolchilds schooldays
schooldayses schoolfellow schoolfellows schoolfriend schoolfriends schoolgirl schoolgirls
schoolhouse schoolhouses schoolman schoolmarm schoolmarms schoolmaster schoolmasters schoolmate
schoolmates schoolmen schoolmistress schoolmistresses schoolroom schoolrooms schoolteacher
schoolteachers schooltime schooltimes schoolyard schoolyards schooner schooners schorl schorls
schrod schrods schtick schtickl schtickls schticks schtik schtikl schtikls schtiks
sciadopityaceae sciadopityaceaes sciadopitys sciadopityses sciaena sciaenas sciaenid sciaenidae
sciaenidaes sciaenids sciaenops sciaenopses sciara sciaras sciarid sciaridae sciaridaes sciarids
scientist scientists scilla scillas scimitar scimitars scincella scincellas scincid scincidae
scincidaes scincids scincus scincuses scindapsus scindapsuses scintilla scintillas sciolist
sciolists scion scions scirpus scirpuses scissors scissorses scissortail scissortails scissure
scissures sciuridae sciuridaes sciuromorpha sciuromorphas sciurus sciuruses sclera scleranthus
scleranthuses scleras sclerite sclerites sclerodermataceae sclerodermataceaes sclerodermatales
sclerodermataleses sclerometer sclerometers scleropages scleropageses scleroparei scleropareis
scleroprotein scleroproteins sclerotinia sclerotiniaceae sclerotiniaceaes sclerotinias
sclerotium sclerotiums sclk sclks scoffer scoffers scofflaw scofflaws scoke scokes scolder
scolders scollop scollops scolopacidae scolopacidaes scolopax scolopaxes scolopendrium
scolopendriums scolymus scolymuses scolytidae scolytidaes scolytus scolytuses scomber
scomberesocidae scomberesocidaes scomberesox scomberesoxes scomberomorus scomberomoruses
scombers scombresocidae scombresocidaes scombresox scombresoxes scombridae scombridaes scombroid
scombroidea scombroideas scombroids sconce sconces scone scones scoop scoopful scoopfuls scoops
scooter scooters scophthalmus scophthalmuses scopolamine scopolamines scopolia scopolias
scoreboard scoreboards scorekeeper scorekeepers scorer scorers scoreses scoria scorias scorner
scorners scorpaena scorpaenas scorpaenid scorpaenidae scorpaenidaes scorpaenids scorpaenoid
scorpaenoidea scorpaenoideas scorpaenoids scorper scorpers scorpio scorpion scorpionfish
scorpionfishes scorpionida scorpionidas scorpions scorpionweed scorpionweeds scorpios scorzonera
scorzoneras scot scotchman scotchmen scotchwoman scotchwomen scoter scoters scotsman scotsmen
scotswoman scotswomen scottie scotties scoundrel scoundrels scourer scourers scourge scourger
scourgers scourges scouse scouser scousers scouses scouter scouters scoutmaster scoutmasters
scow scows scpo scpos scrabble scrabbles scrag scrags scrambler scramblers scrap scrapbook
scrapbooks scraper scrapers scrapheap scrapheaps scrapings scrapper scrappers scrapple scrapples
scrapses scratcher scratchers scratchpad scratchpads scrawler scrawlers screamer screamers scree
screecher screechers screen screener screeners screens screenwriter screenwriters screes screw
screwballer screwballers screwballs screwbean screwbeans screwdriver screwdrivers screws
screwtop screwtops scribbler scribblers scriber scribers scrim scrims scrimshanker scrimshankers
scrimshaw scrimshaws scrip scrips scriptorium scriptoriums scriptwriter scriptwriters scrivener
scriveners scrod scrods scrooge scrooges scrophularia scrophulariaceae scrophulariaceaes
scrophulariales scrophularialeses scrophularias scrotum scrotums scrounger scroungers scrubber
scrubbers scrubbird scrubbirds scrubland scrublands scrubses scruff scruffs scrumpies scrumpy
scruple scrutineer scrutineers scrutiniser scrutinisers scrutinizer scrutinizers scs scsi scsis
scuba scubas scuffer scuffers scull sculler sculleries scullers scullery scullion scullions
sculls sculpin sculpins sculptor sculptors sculptress sculptresses sculpture sculpturer
sculpturers sculptures scup scupper scuppernong scuppernongs scuppers scups scurf scurfs scut
scutcheon scutcheons scute scutellaria scutellarias scutes scutigera scutigeras scutigerella
scutigerellas scutigeridae scutigeridaes scuts scyliorhinidae scyliorhinidaes scyphozoa
scyphozoan scyphozoans scyphozoas scyphus scyphuses scythe scythes scythians se sea seabag
seabags seabed seabeds seabird seabirds seaboard seaboards seaborgium seaborgiums seacoast
seacoasts seafarer seafarers seafood seafoods seafowl seafowls seafront seafronts seagrass
seagrasses seagull seagulls seahorse seahorses sealant sealants sealer sealers sealskin
sealskins sealyham sealyhams seam seaman seamen seamount seamounts seams seamster seamsters
seamstress seamstresses seaplane seaplanes seaport seaports searcher searchers searchlight
searchlights searobin searobins seas seascape seascapes seashell seashells seashore seashores
seaside seasides seasnail seasnails season seasonals seasoner seasoners seasoning seasonings
seasons seat seatbelt seatbelts seatings seatses seawall seawalls seawater seawaters seaway
seaways seaweed seaweeds seb sebastiana sebastianas sebastodes sebastodeses sebum sebums sec
secale secales secateurs secateurses secessionist secessionists seckel seckels secobarbital
secobarbitals seconal seconals seconder seconders seconds secotiaceae secotiaceaes secotiales
secotialeses secpar secpars secretaire secretaires secretaries secretary secretase secretases
secreter secreters secretin secretins secretor secretors secs sectarians sectaries sectarist
sectarists sectary sectionals sectral sectrals secularist secularists seculars secundigravida
secundigravidas securer securers sedan sedans sedatives sedge sedges sediment sediments seducer
seducers seductress seductresses sedum sedums seed seedbed seedbeds seedcake seedcakes seedcase
seedcases seeder seeders seedling seedlings seedman seedmen seedpod seedpods seeds seedsman
seedsmen seedtime seedtimes seeker seekers seer seers seersucker seersuckers seesaw seesaws
segment segments segregationist segregationists segregator segregators segway segways seidel
seidels seigneur seigneuries seigneurs seigneury seignior seigniorage seigniorages seigniories
seigniors seigniory seine seines seismogram seismograms seismograph seismographs seismologist
seismologists seismosaur seismosaurs seismosaurus seismosauruses seiurus seiuruses seizer
seizers seizings selachian selachians selachii selachiis selaginella selaginellaceae
selaginellaceaes selaginellales selaginellaleses selaginellas selar selars selectman selectmen
selector selectors selectwoman selectwomen selenarctos selenarctoses selene selenes selenicereus
selenicereuses selenipedium selenipediums selenium seleniums selkup selkups seller sellers
sellotape sellotapes selsyn selsyns seltzer seltzers selvage selvages selvedge selvedges
semanticist semanticists semaphore semaphores semen semens semester semesters semiautomatics
semicentenaries semicentennials semiconductor semiconductors semidesert semideserts semiepiphyte
semiepiphytes semifinalist semifinalists semigloss semiglosses seminarian seminarians seminarist
seminarists seminole seminoles semiotician semioticians semiparasite semiparasites semipro
semiprofessional semiprofessionals semipros semites semitrailer semitrailers semitropics
semitropicses semolina semolinas sempstress sempstresses sen senator senators sendee sendees
sender senders sene seneca senecas senecio senecios senega senegaleses senegas senes seneschal
seneschals senhor senhors senilities senility seniors seniti senitis senna sennas sennenhunde
sennenhundes sennit sennits sens sensationalist sensationalists sensitiser sensitisers
sensitives sensitizer sensitizers sensitometer sensitometers sensor sensorium sensoriums sensors
sensualist sensualists sente sentes sentimentalist sentimentalists sentinel sentinels sentries
sentry sents sep sepal sepals separationist separationists separatists separator separators
sephardi sephardis sepiidae sepiidaes sepiolite sepiolites seps sept september septembers
septenaries septenary septet septets septillion septillions septobasidiaceae septobasidiaceaes
septobasidium septobasidiums septs septuagenarian septuagenarians septuagesima septuagesimas
septum septums sepulcher sepulchers sepulchre sepulchres sequenator sequenators sequencer
sequencers sequin sequins sequoia sequoiadendron sequoiadendrons sequoias seraglio seraglios
serail serails serape serapes seraph seraphs serax seraxes serb serbians serbs serenoa serenoas
serf serfs serge sergeant sergeants serger sergers serges sericocarpus sericocarpuses
sericteries sericterium sericteriums serictery sericulturist sericulturists seriema seriemas
serigraph serigraphs serin serine serines serins serinus serinuses seriola seriolas seriphidium
seriphidiums seriphus seriphuses serjeant serjeants sermoniser sermonisers sermonizer
sermonizers serologist serologists serosa serosas serotine serotines serotonin serotonins serow
serows serpasil serpasils serpent serpentes serpenteses serpents serranid serranidae serranidaes
serranids serranus serranuses serrasalmus serrasalmuses serratia serratias serratula serratulas
serratus serratuses sertraline sertralines sertularia sertularian sertularians sertularias serum
serums serval servals servant servants server servers serviceberries serviceberry serviceman
servicemen serviette serviettes servings servitor servitors servomechanism servomechanisms
servos servosystem servosystems serzone serzones ses sesame sesames sesamoid sesamoids sesamum
sesamums sesbania sesbanias seseli seselis sesquicentennial sesquicentennials sess sesses sestet
sestets seta setaria setarias setas setline setlines setoff setoffs setophaga setophagas
setscrew setscrews sett settee settees setter setters setterwort setterworts setting settings
settler settlers settlings settlingses settlor settlors setts setup setups sevener seveners
seventeens seventies seventieses sewage sewages sewellel sewellels sewer sewerage sewerages
sewers sexagenarians sexists sexpot sexpots sext sextant sextants sextillion sextillions sexton
sextons sexts sextuplet sextuplets seychelloises sg sgraffito sgraffitos sgs shaaban shaabans
shabu shabuoth shabuoths shabus shack shackle shackles shacks shad shadberries shadberry
shadblow shadblows shadbush shadbushes shaddock shaddocks shadeses shadflies shadflower
shadflowers shadfly shadower shadowers shadowgraph shadowgraphs shads shag shagbark shagbarks
shaggymane shaggymanes shags shah shahaptian shahaptians shaheed shaheeds shahs shaitan shaitans
shaker shakespeareans shakespearians shako shakos shaktist shaktists shale shales shallon
shallons shallot shallots shallows shallu shallus shalwar shalwars sham shaman shamen shamisen
shamisens shammer shammers shammies shammy shampoo shampoos shamrock shamrocks shams shamus
shamuses shandies shandy shandygaff shandygaffs shanghaier shanghaiers shank shanks shannies
shanny shanties shantung shantungs shanty shantytown shantytowns shaper shapers shard shards
sharecropper sharecroppers shareholder shareholders shareholding shareholdings shareowner
shareowners sharer sharers shark sharks sharkskin sharkskins sharksucker sharksuckers sharpener
sharpeners sharper sharpers sharpie sharpies sharpshooter sharpshooters sharpy shasta shastas
shaver shavers shavians shavous shavouses shavuot shavuoth shavuoths shavuots shawl shawls shawm
shawms shawnee shawnees shawnies shawny shawwal shawwals shay shays shaytan shaytans sheaf
sheafs shearer shearers shearses shearwater shearwaters sheatfish sheatfishes sheath sheathing
sheathings sheaths shebat shebats shebeen shebeens shedder shedders sheenies sheep sheepcote
sheepcotes sheepdog sheepdogs sheepfold sheepfolds sheepherder sheepherders sheepman sheepmen
sheeprun sheepruns sheeps sheepshank sheepshanks sheepshead sheepsheads sheepshearing
sheepshearings sheepskin sheepskins sheepwalk sheepwalks sheesha sheeshas sheet sheeting
sheetings sheetrock sheetrocks sheets shegetz shegetzes sheik sheika sheikas sheikdom sheikdoms
sheikh sheikha sheikhas sheikhdom sheikhdoms sheikhs sheiks shekel shekels shekelses sheldrake
sheldrakes shelduck shelducks shelf shelfful shelffuls shelfs shell shellac shellacs shellbark
shellbarks sheller shellers shellfish shellfishes shellflower shellflowers shells shelter
shelterbelt shelterbelts shelters shelver shelvers shepherd shepherdess shepherdesses shepherds
sheraton sheratons sherbert sherberts sherbet sherbets sherd sherds sheriff sheriffs sherlock
sherlocks sherpa sherpas sherries sherry shetland shetlands shevat shevats shibah shibahs shield
shielder shielders shields shifter shifters shigella shigellas shiitake shiitakes shiite shiites
shiksa shiksas shikse shikses shill shillalah shillalahs shillelagh shillelaghs shilling
shillings shills shim shims shin shinbone shinbones shingle shingler shinglers shingling
shinglings shinleaf shinleafs shinpad shinpads shinplaster shinplasters shins shintoists ship
shipbuilder shipbuilders shipload shiploads shipmate shipmates shipment shipments shipowner
shipowners shipper shippers ships shipside shipsides shipway shipways shipworm shipworms
shipwreck shipwrecks shipwright shipwrights shipyard shipyards shire shires shirker shirkers
shirt shirtdress shirtdresses shirtfront shirtfronts shirtings shirtlifter shirtlifters
shirtmaker shirtmakers shirts shirtsleeve shirtwaist shirtwaister shirtwaisters shirtwaists
shisha shishas shit shite shites shithead shitheads shits shittah shittahs shitter shitters
shittim shittims shittimwood shittimwoods shiv shiva shivah shivahs shivaist shivaists shivas
shivs shlemiel shlemiels shlep shlepper shleppers shleps shlimazel shlimazels shlock
shlockmeister shlockmeisters shlocks shmo shmos shmuck shmucks shnook shnooks shnorrer shnorrers
shoal shoals shoat shoats shocker shockers shoddies shoe shoebill shoebills shoebird shoebirds
shoeblack shoeblacks shoebox shoeboxes shoeful shoefuls shoehorn shoehorns shoelace shoelaces
shoemaker shoemakers shoestring shoestrings shoetree shoetrees shofar shofars shogun shoguns
shoji shojis shonas shooflies shoofly shooks shooter shooters shop shopaholic shopaholics
shopfront shopfronts shophar shophars shopkeeper shopkeepers shoplifter shoplifters shopper
shoppers shops shopwalker shopwalkers shopwindow shopwindows shore shorea shoreas shorebird
shorebirds shoreline shorelines shores shoring shorings shortbread shortbreads shortcake
shortcakes shortcut shortcuts shortener shorteners shortenings shortgrass shortgrasses shorthorn
shorthorns shortia shortias shorts shortses shortstop shortstops shoshone shoshones shoshoni
shoshonis shote shotes shotgun shotguns shoulder shoulders shouter shouters shovel shoveler
shovelers shovelful shovelfuls shovelhead shovelheads shoveller shovellers shovels shover
shovers showboat showboats shower showerhead showerheads showers showgirl showgirls showman
showmen showpiece showpieces showplace showplaces showroom showrooms showtime showtimes shrapnel
shrapnels shred shredder shredders shreds shrew shrewmouse shrewmouses shrews shrike shrikes
shrimp shrimper shrimpers shrimpfish shrimpfishes shrimps shrine shrines shrovetide shrovetides
shrub shrubberies shrubbery shrublet shrublets shrubs shtick shtickl shtickls shticks shtik
shtikl shtikls shtiks shuck shudra shudras shuffler shufflers shumac shumacs shunt shunter
shunters shunts shutter shutterbug shutterbugs shutters shuttlecock shuttlecocks shylock
shylocks shyster shysters si sial sialia sialias sialidae sialidaes sialis sialises sialolith
sialoliths sials siamang siamangs sib siberians sibling siblings sibs sibyl sibyls siccative
siccatives sicilian sicilians sickbag sickbags sickbay sickbays sickbed sickbeds sickle
sicklepod sicklepods sickles sickroom sickrooms sida sidalcea sidalceas sidas side sideboard
sideboards sideburn sideburns sidecar sidecars sidekick sidekicks sidelight sidelights sideline
sidelines siderite siderites sideritis sideritises sideroblast sideroblasts siderocyte
siderocytes siderophilin siderophilins sides sidesaddles sidesman sidesmen sidetrack sidetracks
sidewalk sidewalks sidewall sidewalls sidewinder sidewinders siding sidings siemens siemenses
sienna siennas sierra sierras sieve sieves sifter sifters sightreader sightreaders sightseer
sightseers sightses sigmodon sigmodons sigmoidoscope sigmoidoscopes signaler signalers signaller
signallers signalman signalmen signatories signatory signboard signboards signer signers signet
signets signior signiors signor signora signoras signore signores signories signorina signorinas
signors signory sigyn sigyns sihasapa sihasapas sika sikas sikhs silage silages sild sildenafil
sildenafils silds silencer silencers silene silenes silenus silenuses silesia silesias silex
silexes silhouette silhouettes silica silicas silicate silicates silicide silicides silicle
silicles silicon silicone silicones silicons siliqua siliquas silique siliques silk silkgrass
silkgrasses silks silkscreen silkscreens silkses silkweed silkweeds silkwood silkwoods silkworm
silkworms sill sillabub sillabubs sillaginidae sillaginidaes sillago sillagos sillies sills silo
silos siloxane siloxanes silphium silphiums silt silts siltstone siltstones silurid siluridae
siluridaes silurids siluriformes siluriformeses silurus siluruses silva silvans silvas
silverback silverbacks silverberries silverberry silverbush silverbushes silverfish silverfishes
silverpoint silverpoints silverrod silverrods silvers silverside silversides silversideses
silversmith silversmiths silverspot silverspots silversword silverswords silvertip silvertips
silvervine silvervines silverware silverwares silverweed silverweeds silverwork silverworker
silverworkers silverworks silvex silvexes silvia silvias silybum silybums sima simal simals
simarouba simaroubaceae simaroubaceaes simaroubas simas simazine simazines simeon simeons
simians simnel simnels simoleons simoleonses simoniz simonizes simperer simperers simples
simpleton simpletons simulator simulators simuliidae simuliidaes simulium simuliums simvastatin
simvastatins sinanthropus sinanthropuses sinapis sinapises sinapism sinapisms sinciput sinciputs
sind sindhi sindhis sinds sinecure sinecures sinequan sinequans sinew sinews singaporeans singer
singers singhaleses singlestick singlesticks singlet singleton singletons singlets sinhaleses
sinker sinkers sinkhole sinkholes sinner sinners sinningia sinningias sinologist sinologists
sinoper sinopers sinopia sinopias sinopis sinopises sinornis sinornises sinus sinuses sinusoid
sinusoids siouans sioux siouxes siphon siphonaptera siphonapteras siphonophora siphonophoras
siphonophore siphonophores siphons sipper sippers sipuncula sipunculas sipunculid sipunculids
sir sirdar sirdars siren sirenia sirenian sirenians sirenias sirenidae sirenidaes sirens siris
sirises sirloin sirloins sirrah sirrahs sirs sirup sirups sis sisal sisals sise sises sisham
sishams siskin siskins sison sisons sissies sissoo sissoos sissu sissus sister sisters sistrurus
sistruruses sisyridae sisyridaes sisyrinchium sisyrinchiums sitar sitars site sites sitophylus
sitophyluses sitotroga sitotrogas sitta sittas sitter sitters sittidae sittidaes sium siums
sivan sivans sivapithecus sivapithecuses siwan siwans sixer sixers sixes sixpack sixpacks
sixpence sixpences sixteens sixties sixtieses sizing sizings skag skagit skagits skags skank
skanks skate skateboard skateboarder skateboarders skateboards skater skaters skates skeg skegs
skein skeins skeleton skeletons skep skepful skepfuls skeps skeptic skeptics sketch sketchbook
sketchbooks sketcher sketchers sketches skewer skewers ski skiagram skiagrams skiagraph
skiagraphs skibob skibobs skidder skidders skidpan skidpans skier skiers skies skiff skiffs
skillet skilletfish skilletfishes skillets skillies skilly skimmer skimmers skin skinflint
skinflints skinful skinfuls skinhead skink skinks skinner skinnerians skinners skins skipjack
skipjacks skipper skippers skirmisher skirmishers skirret skirrets skirt skirts skis skittle
skivvies skivvieses skivvy skua skuas skulker skulkers skull skullcap skullcaps skulls skunk
skunkbush skunkbushes skunks skunkweed skunkweeds sky skybox skyboxes skycap skycaps skydiver
skydivers skyhook skyhooks skylight skylights skyline skylines skysail skysails skyscraper
skyscrapers skywalk skywalks skyway skyways slab slabs slacker slackers slacks slackses slag
slags slammer slammers slanderer slanderers slapper slappers slasher slashers slat slater
slaters slatings slats slattern slatterns slaughterer slaughterers slaughterhouse
slaughterhouses slave slaveholder slaveholders slaves slavey slaveys slavs slaw slaws slayer
slayers sled sledder sledders sledge sledgehammer sledgehammers sledges sleds sleeper sleepers
sleepwalker sleepwalkers sleepwear sleepwears sleepyhead sleepyheads sleeve sleeves sleigh
sleighs sleuth sleuthhound sleuthhounds sleuths slews slewses slice slicer slicers slices
slicker slickers slider sliders slideway slideways slingback slingbacks slinger slingers
slingshot slingshots slipcover slipcovers slipknot slipknots slipover slipovers slipper slippers
slipperwort slipperworts slipstick slipsticks slipway slipways slit slits sliver slivers
slivovitz slivovitzes sloanea sloaneas slob slobber slobberer slobberers slobbers slobs sloe
sloes sloganeer sloganeers slogger sloggers sloop sloops slope slopes slopseller slopsellers
slopses slopshop slopshops slouch sloucher slouchers slouches slovak slovaks sloven slovene
slovenes slovenians slovens slowcoach slowcoaches slowpoke slowpokes slowworm slowworms sls
slses sludge sludges slugabed slugabeds sluggard sluggards slugger sluggers sluicegate
sluicegates sluiceway sluiceways slum slumberer slumberers slumgullion slumgullions slums
slurries slurry slush slushes slut sluts slyboots slybootses sm smallholder smallholders
smallholding smallholdings smallmouth smallmouths smalls smaltite smaltites smarta smartas
smasher smashers smattering smatterings smegma smegmas smelter smelteries smelters smeltery
smelts smew smews smidge smidgen smidgens smidgeon smidgeons smidges smidgin smidgins
smilacaceae smilacaceaes smilax smilaxes smiledon smiledons smiler smilers smilo smilos smirker
smirkers smitane smitanes smith smithies smiths smithy smock smocking smockings smocks
smokehouse smokehouses smoker smokers smokescreen smokescreens smokestack smokestacks smoothbark
smoothbarks smoothbores smoother smoothers smoothhound smoothhounds smoothie smoothies smoothy
smotherer smotherers sms smsgt smsgts smuggler smugglers smut smuts smyrnium smyrniums sn snack
snacker snackers snacks snaffle snaffles snail snailfish snailfishes snailflower snailflowers
snails snake snakeberries snakeberry snakebird snakebirds snakeblennies snakeblenny snakefish
snakefishes snakeflies snakefly snakehead snakeheads snakeroot snakeroots snakes snakeweed
snakeweeds snakewood snakewoods snapdragon snapdragons snapline snaplines snapper snappers
snapshot snapshots snarer snarers snatcher snatchers sneaker sneakers sneerer sneerers sneezer
sneezers sneezeweed sneezeweeds sneezewort sneezeworts sniffer sniffers sniffler snifflers
snifter snifters snip snipe snipefish snipefishes sniper snipers snipes snippet snippets
snipping snippings snips snipses snitch snitcher snitchers snitches sniveler snivelers sniveller
snivellers snob snobs snoek snoeks snood snoods snook snooks snooper snoopers snoot snoots
snorer snorers snorkel snorkels snorter snorters snot snots snout snouts snowball snowballs
snowbank snowbanks snowbell snowbells snowberries snowberry snowbird snowbirds snowboard
snowboarder snowboarders snowboards snowcap snowcaps snowdrift snowdrifts snowdrop snowdrops
snowfield snowfields snowman snowmen snowmobile snowmobiles snowplough snowploughs snowplow
snowplows snowshoe snowshoes snowsuit snowsuits sns snuffbox snuffboxes snuffer snuffers
snufferses snuffler snufflers snuffs snuggeries snuggery snugs soap soapberries soapberry
soapbox soapboxes soapfish soapfishes soaprock soaprocks soaps soapstone soapstones soapsuds
soapsudses soapweed soapweeds soapwort soapworts soave soaves sobersides sobersideses sobralia
sobralias socialiser socialisers socialist socialists socialite socialites socializer
socializers socinian socinians sociobiologist sociobiologists sociolinguist sociolinguists
sociologist sociologists sociopath sociopaths sock socket sockets sockeye sockeyes socks socle
socles sod soda sodalist sodalists sodalite sodalites sodas sodbuster sodbusters soddies soddy
sodium sodiums sodom sodomist sodomists sodomite sodomites sodoms sods sofa sofas soffit soffits
softback softbacks softball softballs softener softeners softie softies softwood softwoods softy
soja sojas sojourner sojourners sol solan solanaceae solanaceaes solandra solandras solanopteris
solanopterises solans solanum solanums solarium solariums solderer solderers soldier soldierfish
soldierfishes soldiers sole solea soleas soleidae soleidaes soleirolia soleirolias solenichthyes
solenichthyeses solenidae solenidaes solenogaster solenogasters solenogastres solenogastreses
solenoid solenoids solenopsis solenopsises solenostemon solenostemons soles soleus soleuses
solicitor solicitors solidago solidagos solids solidus soliduses solitaire solitaires
solitudinarian solitudinarians solleret sollerets soloist soloists solon solons sols solstice
solstices solubilities solubility solute solutes solution solutions solvate solvates solvent
solvents solver solvers som soma somalians somalis soman somas somateria somaterias
somatotrophin somatotrophins somatotropin somatotropins sombrero sombreros somen somewheres
somite somites sommelier sommeliers somnambulist somnambulists somniloquist somniloquists soms
son sonar sonars sonchus sonchuses sone sones songbird songbirds songster songsters songstress
songstresses songwriter songwriters sonneteer sonneteers sonnies sonny sonogram sonograms
sonograph sonographs sonometer sonometers sonora sonoras sons soochong soochongs sooners soot
soothsayer soothsayers soots sop soph sophist sophisticate sophisticates sophists sophomore
sophomores sophora sophoras sophs soporifics soprano sopranos sops sopses sorbate sorbates
sorbent sorbents sorbet sorbets sorbian sorbians sorbus sorbuses sorcerer sorcerers sorceress
sorceresses sordino sordinos sorehead soreheads sorex sorexes sorgho sorghos sorghum sorghums
sorgo sorgos soricidae soricidaes sorrels sorrower sorrowers sorter sorters sorus soruses sot
sothos sots sou souari souaris soubise soubises soubrette soubrettes souchong souchongs souffle
souffles souk souks soul souls soundboard soundboards soundbox soundboxes sounder sounders
soundman soundmen soundtrack soundtracks soup soupcon soupcons soupfin soupfins soups soupspoon
soupspoons sourball sourballs source sources sourdine sourdines sourdough sourdoughs sourpuss
sourpusses soursop soursops sourwood sourwoods sous sousaphone sousaphones souslik sousliks
soutache soutaches soutane soutanes southerner southerners southernwood southernwoods southland
southlands southpaw southpaws souvenir souvenirs souvlaki souvlakia souvlakias souvlakis
sovereigns sowbane sowbanes sowbellies sowbelly sowbread sowbreads sower sowers soy soya soyas
soybean soybeans soymilk soymilks soys spa spacecraft spacecrafts spaceman spacemen spaceship
spaceships spacesuit spacesuits spacewalker spacewalkers spacings spackle spackles spade
spadefish spadefishes spadefoot spadefoots spadeful spadefuls spades spadix spadixes spaghetti
spaghettini spaghettinis spaghettis spalacidae spalacidaes spalax spalaxes spall spalls spam
spammer spammers spams spandau spandaus spandex spandexes spandrel spandrels spandril spandrils
spangle spangles spaniard spaniards spaniel spaniels spanker spankers spanner spanners spar
sparaxis sparaxises sparer sparerib spareribs spareribses sparers sparganiaceae sparganiaceaes
sparganium sparganiums sparid sparidae sparidaes sparids sparker sparkers sparkleberries
sparkleberry sparkler sparklers sparling sparlings sparmannia sparmannias sparrow sparrows spars
spartans spartina spartinas spartium spartiums spas spasmolytic spasmolytics spastics
spatangoida spatangoidas spatchcock spatchcocks spate spates spathe spathes spathiphyllum
spathiphyllums spatterdock spatterdocks spatula spatulas spawl spawls spawn spawner spawners
spawns speakeasies speakeasy speaker speakerphone speakerphones speakers spearfish spearfishes
spearmint spearmints spearpoint spearpoints specialiser specialisers specialist specialists
specializer specializers specie specifier specifiers specs specses spectacles spectacleses
spectator spectators spectinomycin spectinomycins spectre spectres spectrogram spectrograms
spectrograph spectrographs spectrometer spectrometers spectrophotometer spectrophotometers
spectroscope spectroscopes speculator speculators speculum speculums speechifier speechifiers
speechmaker speechmakers speechwriter speechwriters speed speedboat speedboats speeder speeders
speedometer speedometers speeds speedskater speedskaters speedway speedways speedwell speedwells
spelaeologist spelaeologists speleologist speleologists spellbinder spellbinders speller
spellers spelter spelters spelts spelunker spelunkers spender spenders spendthrifts spergula
spergularia spergularias spergulas sperm spermaceti spermacetis spermatid spermatids
spermatocele spermatoceles spermatocide spermatocides spermatocyte spermatocytes spermatophyta
spermatophytas spermatophyte spermatophytes spermatozoan spermatozoans spermatozoid
spermatozoids spermatozoon spermatozoons spermicide spermicides spermophile spermophiles
spermophilus spermophiluses sperms spewer spewers sphacele sphaceles sphacelotheca
sphacelothecas sphaeralcea sphaeralceas sphaeriaceae sphaeriaceaes sphaeriales sphaerialeses
sphaerobolaceae sphaerobolaceaes sphaerocarpaceae sphaerocarpaceaes sphaerocarpales
sphaerocarpaleses sphaerocarpos sphaerocarposes sphaerocarpus sphaerocarpuses sphagnales
sphagnaleses sphagnum sphagnums sphalerite sphalerites sphecidae sphecidaes sphecius spheciuses
sphecoid sphecoidea sphecoideas sphecoids sphecotheres sphecothereses sphenion sphenions
spheniscidae spheniscidaes sphenisciformes sphenisciformeses spheniscus spheniscuses sphenodon
sphenodons sphenoid sphenoids sphenopsida sphenopsidas spherocyte spherocytes spherometer
spherometers sphincter sphincters sphingid sphingidae sphingidaes sphingids sphinx sphinxes
sphygmomanometer sphygmomanometers sphyraena sphyraenas sphyraenidae sphyraenidaes sphyrapicus
sphyrapicuses sphyrna sphyrnas sphyrnidae sphyrnidaes spice spiceberries spiceberry spicebush
spicebushes spicemill spicemills spices spicks spics spicule spicules spiculum spiculums spider
spiderflower spiderflowers spiders spiderwort spiderworts spiegel spiegeleisen spiegeleisens
spiegels spigot spigots spik spikelet spikelets spikemoss spikemosses spikenard spikenards spiks
spile spiles spillage spillages spiller spillers spillikin spillway spillways spilogale
spilogales spinach spinaches spinacia spinacias spindle spindleberries spindleberry spindlelegs
spindlelegses spindles spindleshanks spindleshankses spindrift spindrifts spine spinel spinels
spinet spinets spinmeister spinmeisters spinnaker spinnakers spinner spinners spinster spinsters
spinus spinuses spiracle spiracles spiraea spiraeas spiranthes spirantheses spire spirea spireas
spires spirilla spirillaceae spirillaceaes spirillas spirillum spirillums spirit spirits
spiritses spiritualists spiritualities spirituality spiritualties spiritualty spirochaeta
spirochaetaceae spirochaetaceaes spirochaetales spirochaetaleses spirochaetas spirochaete
spirochaetes spirochete spirochetes spirodela spirodelas spirogram spirograms spirograph
spirographs spirogyra spirogyras spirometer spirometers spironolactone spironolactones spirula
spirulas spirulidae spirulidaes spitball spitballs spitfire spitfires spitter spitters spittle
spittlebug spittlebugs spittles spittoon spittoons spitz spitzes spiv spivs spizella spizellas
splashboard splashboards splasher splashers splayfoots splays spleen spleens spleenwort
spleenworts splenius spleniuses splicer splicers splicing splicings spliff spliffs spline
splines splint splinter splinterses splints splitsaw splitsaws splitter splitters splitworm
splitworms spode spodes spodoptera spodopteras spodumene spodumenes spoilables spoilage
spoilages spoiler spoilers spoilsport spoilsports spokes spokeshave spokeshaves spokesman
spokesmen spokesperson spokespersons spokeswoman spokeswomen spondias spondiases spongeflies
spongefly sponger spongers spongillaflies spongillafly spongioblast spongioblasts spook spooks
spool spools spoon spoonbill spoonbills spoondrift spoondrifts spoonflower spoonflowers spoonful
spoonfuls spoons spoor spoors sporangiophore sporangiophores sporangium sporangiums sporanox
sporanoxes spore spores spork sporks sporobolus sporoboluses sporocarp sporocarps sporophore
sporophores sporophyl sporophyll sporophylls sporophyls sporophyte sporophytes sporozoa
sporozoan sporozoans sporozoas sporozoite sporozoites sporran sporrans sportscaster
sportscasters sportsman sportsmen sportswear sportswears sportswoman sportswomen sportswriter
sportswriters spot spotter spotters spouse spouses spouter spouters sprag sprags spraguea
spragueas sprat sprats sprawler sprawlers spray sprayer sprayers sprays spreader spreaders sprig
sprigger spriggers sprigs sprigtail sprigtails spring springboard springboards springbok
springboks springbuck springbucks springer springers springs springtail springtails springtime
springtimes sprinkler sprinklers sprinkleses sprinklings sprinter sprinters sprit sprite sprits
spritsail spritsails spritzer spritzers sprocket sprockets sprog sprogs spruces spud spuds spume
spumes spunk spunks spurge spurges spurner spurners sputnik sputniks sputum sputums spyeria
spyerias spyglass spyglasses spyhole spyholes spymaster spymasters squabbler squabblers squabs
squalidae squalidaes squalus squaluses squama squamas squamata squamatas squamule squamules
squanderer squanderers squaretail squaretails squark squarks squatina squatinas squatinidae
squatinidaes squatter squatters squaw squawbush squawbushes squawker squawkers squawroot
squawroots squaws squeaker squeakers squealer squealers squeegee squeegees squeezer squeezers
squib squibs squid squids squill squilla squillas squillidae squillidaes squills squinch
squinches squinter squinters squire squires squirmer squirmers squirrel squirrelfish
squirrelfishes squirrels squirter squirters sr sravana sravanas srs ssri ssris stabber stabbers
stabiles stabiliser stabilisers stabilizer stabilizers stableboy stableboys stableman stablemate
stablemates stablemen stables stablings stachyose stachyoses stachys stachyses stacker stackers
stackses stacte stactes staddle staddles stadium stadiums staffer staffers stag stage stagecoach
stagecoaches stagehand stagehands stager stagers stages staggerbush staggerbushes staggerer
staggerers staghead stagheads staghound staghounds stags stainer stainers stainlesses stair
staircase staircases stairhead stairheads stairs stairses stairway stairways stairwell
stairwells stakeholder stakeholders stakeses stalactite stalactites stalagmite stalagmites
stalinists stalker stalkers stall stallion stallions stallses stalwarts stamen stamens stammel
stammels stammerer stammerers stamper stampers stanchion stanchions standardiser standardisers
standardizer standardizers standbies standby standee standees stander standers standpipe
standpipes stanhope stanhopea stanhopeas stanhopes stanleya stanleyas stannite stannites
stapelia stapelias stapes stapeses staph staphs staphylaceae staphylaceaes staphylea staphyleas
staphylinidae staphylinidaes staphylococci staphylococcis staphylococcus staphylococcuses staple
staplegun stapleguns stapler staplers staples star starboard starboards starch starches
starcheses starer starers starets staretses starfish starfishes starflower starflowers stargazer
stargazers starlet starlets starling starlings stars starship starships starter starters
starveling starvelings starwort starworts stash stashes state statehouse statehouses stater
stateroom staterooms staters states statesman statesmen stateswoman stateswomen statice statices
statin statins station stationer stationers stationmaster stationmasters statistician
statisticians stator stators statue statues statuette statuettes staurikosaur staurikosaurs
staurikosaurus staurikosauruses stayer stayers stayman staymen staysail staysails stayses steak
steakhouse steakhouses steaks stealer stealers steamboat steamboats steamer steamers steamfitter
steamfitters steamroller steamrollers steamship steamships stearin stearins steatite steatites
steatornis steatornises steatornithidae steatornithidaes steed steeds steel steelmaker
steelmakers steelman steelmen steels steelworker steelworkers steelworks steelworkses steelyard
steelyards steenbok steenboks steeper steepers steeple steeplechaser steeplechasers steeplejack
steeplejacks steeples steerage steerages steerageway steerageways steerer steerers steersman
steersmen steganopus steganopuses stegocephalia stegocephalias stegosaur stegosaurs stegosaurus
stegosauruses stein steinbok steinboks steins stela stelas stele steles stelis stelises
stellaria stellarias stellite stellites stemmer stemmers stencil stencils stenocarpus
stenocarpuses stenochlaena stenochlaenas stenographer stenographers stenopelmatidae
stenopelmatidaes stenopelmatus stenopelmatuses stenopterygius stenopterygiuses stenotaphrum
stenotaphrums stenotomus stenotomuses stenotus stenotuses stent stentor stentors stents
stepbrother stepbrothers stepchild stepchilds stepdaughter stepdaughters stepfather stepfathers
stephanion stephanions stephanomeria stephanomerias stephanotis stephanotises stepladder
stepladders stepmother stepmothers stepparent stepparents steppe stepper steppers steppes
stepses stepsister stepsisters stepson stepsons steradian steradians stercobilinogen
stercobilinogens stercolith stercoliths stercorariidae stercorariidaes stercorarius
stercorariuses sterculia sterculiaceae sterculiaceaes sterculias stereo stereophonies
stereophony stereos stereoscope stereoscopes stereospondyli stereospondylis steriliser
sterilisers sterilizer sterilizers sterlings sterna sternas sterninae sterninaes
sternocleidomastoid sternocleidomastoids sternotherus sternotheruses sternpost sternposts sterns
sternum sternums sternutator sternutatories sternutators sternwheeler sternwheelers steroid
steroids sterol sterols sterope steropes stethoscope stethoscopes stetson stetsons stevedore
stevedores stevia stevias steward stewardess stewardesses stewards stewpan stewpans sth sthene
sthenes stheno sthenos sths stibnite stibnites stichaeidae stichaeidaes sticherus sticheruses
stick sticker stickers stickleback sticklebacks stickler sticklers stickpin stickpins sticks
sticktight sticktights stickweed stickweeds stictomys stictomyses stictopelia stictopelias
stiffener stiffeners stiffs stifler stiflers stigma stigmas stigmatics stigmatist stigmatists
stilbesterol stilbesterols stilbestrol stilbestrols stilboestrol stilboestrols stile stiles
stiletto stilettos stillroom stillrooms stills stilt stiltbird stiltbirds stilton stiltons
stilts stinger stingers stingray stingrays stinkbird stinkbirds stinker stinkers stinkhorn
stinkhorns stinkpot stinkpots stinkweed stinkweeds stint stinter stinters stints stipe stipend
stipendiaries stipends stipes stippler stipplers stipule stipules stirk stirks stirrer stirrers
stirrup stirrups stitch stitcher stitcheries stitchers stitchery stitches stitchwort stitchworts
stizidae stizidaes stizolobium stizolobiums stizostedion stizostedions stoat stoats stob stobs
stock stockade stockades stockbroker stockbrokers stockcar stockcars stocker stockers stockfish
stockfishes stockholder stockholders stockholding stockholdings stockholdingses stockhorn
stockhorns stockinet stockinets stockinette stockinettes stocking stockings stockist stockists
stockjobber stockjobbers stockman stockmen stockpile stockpiles stockpot stockpots stockroom
stockrooms stockses stocktaker stocktakers stockyard stockyards stodge stodges stoep stoeps
stogie stogies stogy stoic stoics stokehold stokeholds stokehole stokeholes stoker stokers
stokesia stokesias stoles stolon stolons stoma stomach stomacher stomachers stomaches stomas
stomate stomates stomatopod stomatopoda stomatopodas stomatopods stomper stompers stone
stonechat stonechats stonecress stonecresses stonecrop stonecrops stonecutter stonecutters
stoneface stonefaces stonefish stonefishes stoneflies stonefly stonemason stonemasons stoner
stoneroot stoneroots stoners stones stonewaller stonewallers stoneware stonewares stonework
stoneworks stonewort stoneworts stooge stooges stool stoolie stoolies stoolpigeon stoolpigeons
stools stooper stoopers stopcock stopcocks stopover stopovers stopping stoppings stopple
stopples stopwatch stopwatches storax storaxes store storefront storefronts storehouse
storehouses storekeeper storekeepers storeria storerias storeroom storerooms stores storey
storeys stork storks storksbill storksbills storyteller storytellers stotinka stotinkas stoup
stoups stouts stove stovepipe stovepipes stover stovers stoves stowage stowages stowaway
stowaways stp stps strad stradavarius stradavariuses strads strafer strafers straggler
stragglers straightaway straightaways straightedge straightedges straightener straighteners
straightjacket straightjackets straights strainer strainers strait strake strakes stranger
strangers strangler stranglers strap straphanger straphangers straplesses strapper strappers
straps strategian strategians strategist strategists stratosphere stratospheres stratum stratums
stratus stratuses straw strawberries strawberry strawboard strawboards strawflower strawflowers
strawman strawmen straws strawworm strawworms strayer strayers streaker streakers stream
streambed streambeds streamlet streamlets streamliner streamliners streams street streetcar
streetcars streetlight streetlights streets streetwalker streetwalkers strekelia strekelias
strelitzia strelitziaceae strelitziaceaes strelitzias strengthener strengtheners strepera
streperas streps strepsiceros strepsiceroses strepsirhini strepsirhinis streptobacillus
streptobacilluses streptocarpus streptocarpuses streptococci streptococcis streptococcus
streptococcuses streptodornase streptodornases streptokinase streptokinases streptolysin
streptolysins streptomyces streptomyceses streptomycetaceae streptomycetaceaes streptomycin
streptomycins streptopelia streptopelias streptosolen streptosolens streptothricin
streptothricins stressor stressors stretcher stretchers streusel streusels striatum striatums
strickle strickles strider striders strigidae strigidaes strigiformes strigiformeses
strikebreaker strikebreakers striker strikers string stringer stringers stringybark stringybarks
strip stripe striper stripers stripling striplings stripper strippers strips striptease
stripteaser stripteasers stripteases striver strivers strix strixes strobe strobes strobile
strobiles strobilomyces strobilomyceses strobilus strobiluses stroboscope stroboscopes stroller
strollers stroma stromas stromateid stromateidae stromateidaes stromateids strombidae
strombidaes strombus strombuses strongbox strongboxes stronghold strongholds strongman strongmen
strongroom strongrooms strongylodon strongylodons strontianite strontianites strontium
strontiums strophanthin strophanthins strophanthus strophanthuses stropharia strophariaceae
strophariaceaes stropharias structure structures strudel strudels struggler strugglers strumpet
strumpets struthio struthiomimus struthiomimuses struthionidae struthionidaes struthioniformes
struthioniformeses struthios strychnine strychnines strymon strymons stuart stuarts stub stubble
stubbles stubs stucco stuccos student students studhorse studhorses studio studios stuff stuffer
stuffers stuffings stuffs stumblebum stumblebums stumbler stumblers stump stumpknocker
stumpknockers stumps stunner stunners stupa stupas stupe stupes stupids sturgeon sturgeons
sturnella sturnellas sturnidae sturnidaes sturnus sturnuses stutterer stutterers styler stylers
stylet stylets stylist stylists stylite stylites stylomecon stylomecons stylophorum stylophorums
stylopodium stylopodiums stylus styluses styphelia styphelias styptics styracaceae styracaceaes
styracosaur styracosaurs styracosaurus styracosauruses styrax styraxes styrene styrenes
styrofoam styrofoams subalterns subbase subbases subcompact subcompacts subcontinent
subcontinents subcontractor subcontractors subdeacon subdeacons subdivider subdividers
subdivision subdivisions subduer subduers subeditor subeditors subjectivist subjectivists
subjugator subjugators sublease subleases sublet sublets sublieutenant sublieutenants sublimates
sublimaze sublimazes submarine submariner submariners submarines submaxilla submaxillas
submersibles submitter submitters submucosa submucosas subnormals subordinate subordinates
suborner suborners subscriber subscribers subscription subscriptions subsection subsections
subshrub subshrubs subsidiaries subsidies subsidisation subsidisations subsidiser subsidisers
subsidization subsidizations subsidizer subsidizers subsidy subsistence subsistences subsister
subsisters subsoil subsoils substation substations substrate substrates substratum substratums
substructure substructures subthalamus subthalamuses subtilin subtilins subtopia subtopias
subtracter subtracters subtrahend subtrahends subtreasuries subtreasury subtropics subtropicses
subularia subularias subunit subunits suburb suburbanite suburbanites suburbia suburbias suburbs
subvention subventions subversives subverter subverters subvocaliser subvocalisers subvocalizer
subvocalizers subway subways subwoofer subwoofers succade succades succeeder succeeders
successor successors succinylcholine succinylcholines succorer succorers succories succory
succos succoses succotash succotashes succoth succoths succourer succourers succuba succubas
succubus succubuses succulents succus succuses sucker suckerfish suckerfishes suckers suckling
sucklings sucralfate sucralfates sucrase sucrases sucre sucres sucrose sucroses sudafed sudafeds
sudanese sudaneses sudatories sudatorium sudatoriums sudatory sudor sudorifics sudors sudra
sudras suds sudses suede suedes suer suers suet suets sufferer sufferers suffragan suffragans
suffragette suffragettes suffragist suffragists suffrutex suffrutexes sufis sugar sugarberries
sugarberry sugarcane sugarcanes sugarloaf sugarloafs sugarplum sugarplums sugars suggester
suggesters sugi sugis suidae suidaes suillus suilluses suit suitcase suitcases suitings suitor
suitors suits sukiyaki sukiyakis sukkoth sukkoths suksdorfia suksdorfias sula sulamyd sulamyds
sulas sulcus sulcuses sulfa sulfacetamide sulfacetamides sulfadiazine sulfadiazines
sulfamethazine sulfamethazines sulfamethoxazole sulfamethoxazoles sulfamezathine sulfamezathines
sulfanilamide sulfanilamides sulfapyridine sulfapyridines sulfas sulfate sulfates sulfide
sulfides sulfisoxazole sulfisoxazoles sulfonamide sulfonamides sulfonate sulfonates sulfonylurea
sulfonylureas sulfur sulfurs sulidae sulidaes sulindac sulindacs sulkies sulky sulla sullas
sulpha sulphas sulphate sulphates sulphide sulphides sultan sultana sultanas sultanate
sultanates sultans sum sumac sumach sumaches sumacs sumatrans sumerians summer summercater
summercaters summercaterses summerhouse summerhouses summers summertime summertimes sump sumps
sumpter sumpters sums sunbather sunbathers sunberries sunberry sunblind sunblinds sunblock
sunblocks sunbonnet sunbonnets sunchoke sunchokes sundacarpus sundacarpuses sundae sundaes
sunday sundays sundew sundews sundial sundials sundown sundowner sundowners sundowns sundress
sundresses sundries sundrieses sundrops sundropses sunfish sunfishes sunflower sunflowers
sunglass sunglasses sunglasseses sunhat sunhats sunlamp sunlamps sunni sunnis sunnite sunnites
sunporch sunporches sunrises sunroof sunroofs sunroom sunrooms sunrose sunroses sunscreen
sunscreens sunsets sunshade sunshades sunstone sunstones sunsuit sunsuits suntrap suntraps sunup
sunups sup superannuation superannuations superbug superbugs supercargo supercargos supercharger
superchargers supercilium superciliums supercomputer supercomputers supergiant supergiants
supergrass supergrasses superhet superhets superhighway superhighways superintendent
superintendents superiors superload superloads superman supermarket supermarketeer
supermarketeers supermarketer supermarketers supermarkets supermen supermodel supermodels
supermolecule supermolecules supermom supermoms supernatants supernaturals supernova supernovas
supernumeraries superordinates superoxide superoxides supers superslasher superslashers
superstar superstars superstrate superstrates superstratum superstratums superstring
superstrings superstructure superstructures supertanker supertankers supertax supertaxes
supervisor supervisors supinator supinators supper suppers suppertime suppertimes supplanter
supplanters supplejack supplejacks suppliants supplicants supplier suppliers supporter
supporters suppositories suppository suppressant suppressants suppresser suppressers suppressor
suppressors supremacist supremacists suprematist suprematists supremo supremos sups surbase
surbases surcharge surcharges surcoat surcoats surface surfaces surfactant surfactants surfbird
surfbirds surfboard surfboarder surfboarders surfboards surfboat surfboats surfer surfers
surffish surffishes surfperch surfperches surgeon surgeonfish surgeonfishes surgeons suricata
suricatas suricate suricates surmontil surmontils surmounter surmounters surmullet surmullets
surnia surnias surplice surplices surprint surprints surpriser surprisers surrealist surrealists
surrenderer surrenderers surrey surreys surrogates surtax surtaxes surtout surtouts surveyor
surveyors survivalist survivalists survivor survivors sus suses sushi sushis suslik susliks
suspender suspenders suspension suspensions suspensor suspensories suspensors suspensory
sustainer sustainers sustenance sustenances sutler sutlers sutura suturas suture sutures suv
suvs svengali svengalis swag swage swages swaggerer swaggerers swaggie swaggies swagman swagmen
swags swain swains swainsona swainsonas swale swales swallowtail swallowtails swallowwort
swallowworts swami swamis swamp swamphen swamphens swampland swamplands swamps swan swanflower
swanflowers swanneck swannecks swans sward swards swashbuckler swashbucklers swatch swatches
swath swathing swathings swaths swatter swatters swayer swayers swazis swearer swearers sweat
sweatband sweatbands sweatbox sweatboxes sweater sweaters sweatpants sweatpantses sweatses
sweatshirt sweatshirts sweatshop sweatshops sweatsuit sweatsuits swede swedes sweeper sweepers
sweetbread sweetbreads sweetbreadses sweetbriar sweetbriars sweetbrier sweetbriers sweetener
sweeteners sweetening sweetenings sweetheart sweethearts sweetie sweeties sweetleaf sweetleafs
sweetmeat sweetmeats sweetpea sweetpeas sweets sweetsop sweetsops swellhead swellheads swertia
swertias swietinia swietinias swiftlet swiftlets swifts swill swills swimmer swimmeret
swimmerets swimmers swimsuit swimsuits swimwear swimwears swindler swindlers swine swineherd
swineherds swines swinger swingers swingletree swingletrees swiss swisses switchblade
switchblades switchboard switchboards switcher switchers switchman switchmen swizzle swizzles
swob swobs sword swordfish swordfishes swords swordsman swordsmen swordtail swordtails swot
swots sybarite sybarites sycamore sycamores syconium syconiums sycophant sycophants syllabub
syllabubs syllogiser syllogisers syllogist syllogists syllogizer syllogizers sylph sylphs sylva
sylvanite sylvanites sylvans sylvas sylviidae sylviidaes sylviinae sylviinaes sylvilagus
sylvilaguses sylvine sylvines sylvite sylvites symboliser symbolisers symbolist symbolists
symbolizer symbolizers sympathiser sympathisers sympathizer sympathizers symphalangus
symphalanguses symphilid symphilids symphonist symphonists symphoricarpos symphoricarposes
symphyla symphylas symphysion symphysions symphytum symphytums symplocaceae symplocaceaes
symplocarpus symplocarpuses symplocus symplocuses symposiarch symposiarches symposiast
symposiasts synagogue synagogues synagrops synagropses synanceja synancejas synapse synapses
synapsid synapsida synapsidas synapsids synaptomys synaptomyses syncarp syncarps synchro
synchrocyclotron synchrocyclotrons synchroflash synchroflashes synchromesh synchromeshes
synchroniser synchronisers synchronizer synchronizers synchronoscope synchronoscopes synchros
synchroscope synchroscopes synchrotron synchrotrons synchytriaceae synchytriaceaes synchytrium
synchytriums syncopator syncopators syncytium syncytiums syndic syndicalist syndicalists
syndicator syndicators syndics synentognathi synentognathis synercus synercuses synergist
synergists syngnathidae syngnathidaes syngnathus syngnathuses syngonium syngoniums synodontidae
synodontidaes synonymist synonymists synovia synovias synovium synoviums syntactician
syntacticians synthesiser synthesisers synthesist synthesists synthesizer synthesizers
synthetics synthetism synthetisms syphilitics syphon syphons syrians syringa syringas syringe
syringes syrinx syrinxes syrrhaptes syrrhapteses syrup syrups system systematiser systematisers
systematist systematists systematizer systematizers systemiser systemisers systemizer
systemizers systems syzygium syzygiums t ta tabanidae tabanidaes tabard tabards tabasco tabascos
tabbies tabbouleh tabboulehs tabernacle tabernacles tabernacleses tabernaemontana
tabernaemontanas tabi tabis tabises tablecloth tablecloths tablefork tableforks tableland
tablelands tablemate tablemates tablespoon tablespoonful tablespoonfuls tablespoons tablet
tabletop tabletops tablets tableware tablewares tabooli taboolis tabor taboret taborets tabors
tabour tabouret tabourets tabours tabulator tabulators tabun tabuns tacamahac tacamahacs tacca
taccaceae taccaceaes taccas tach tacheometer tacheometers taches tachinidae tachinidaes
tachistoscope tachistoscopes tachograph tachographs tachometer tachometers tachyglossidae
tachyglossidaes tachyglossus tachyglossuses tachylite tachylites tachymeter tachymeters
tachypleus tachypleuses tacker tackers tackings tackler tacklers taco taconite taconites tacos
tactician tacticians tad tadalafil tadalafils tadarida tadaridas tadorna tadornas tadpole
tadpoles tads tadzhik tadzhiks tael taels taenia taenias taeniidae taeniidaes taffeta taffetas
taffies taffrail taffrails taffy tagalog tagalogs tagalong tagalongs tagamet tagamets tagasaste
tagasastes tageteste tagetestes tagger taggers tagliatelle tagliatelles taguan taguans tahini
tahinis tahitians tail tailback tailbacks tailboard tailboards tailcoat tailcoats tailfin
tailfins tailflower tailflowers tailgate tailgater tailgaters tailgates taillight taillights
tailorbird tailorbirds tailpiece tailpieces tailpipe tailpipes tailplane tailplanes tailrace
tailraces tails tailses tailstock tailstocks tailwort tailworts taipan taipans taira tairas tais
taiwaneses tajik tajiks taka takahe takahes takas takeaway takeaways takelma takelmas takeouts
taker takers takin takings takingses takins tala talapoin talapoins talaria talarias talas talc
talcs talcum talcums talebearer talebearers taleteller taletellers talinum talinums talipot
talipots talisman talismen talker talkers tallboy tallboys tallgrass tallgrasses tallis tallises
tallith talliths tallow tallows tallyman tallymen talon talons talpidae talpidaes talus taluses
talwin talwins tam tamale tamales tamandu tamandua tamanduas tamandus tamanoir tamanoirs
tamarack tamaracks tamarao tamaraos tamarau tamaraus tamaricaceae tamaricaceaes tamarillo
tamarillos tamarin tamarind tamarindo tamarindos tamarinds tamarindus tamarinduses tamarins
tamarisk tamarisks tamarix tamarixes tambac tambacs tambala tambalas tambocor tambocors tambour
tambourine tambourines tambours tamer tamers tamias tamiasciurus tamiasciuruses tamiases tamils
tammies tammuz tammuzes tammy tamoxifen tamoxifens tamp tampax tampaxes tampion tampions tampon
tampons tamps tams tamus tamuses tanacetum tanacetums tanager tanagers tanbark tanbarks
tandearil tandearils tandoor tandoors tanekaha tanekahas tanga tangas tangelo tangelos
tangerines tangle tanglebush tanglebushes tangles tangor tangors tangram tangrams tank tankage
tankages tankard tankards tanker tankers tankful tankfuls tanks tanner tanneries tanners tannery
tannia tannias tannin tannins tannoy tannoys tansies tansy tantaliser tantalisers tantalite
tantalites tantalizer tantalizers tantalum tantalums tantilla tantillas tantrist tantrists
tanzanians tao taoiseach taoiseaches taoists taos taoses tapa tapas tape tapeline tapelines
tapenade tapenades tapes tapeworm tapeworms taphouse taphouses taping tapings tapioca tapiocas
tapir tapiridae tapiridaes tapirs tapirus tapiruses tapis tapises tappa tappas tapper tappers
tappet tappets taproom taprooms taproot taproots tapster tapsters tar taracahitian taracahitians
tarahumara tarahumaras taraktagenos taraktagenoses taraktogenos taraktogenoses tarantula
tarantulas taraxacum taraxacums tarboosh tarbooshes tardigrada tardigradas tardigrade
tardigrades tare tares tarheel tarheels taricha tarichas tariff tariffs tarmac tarmacadam
tarmacadams tarmacs tarn tarns taro taros tarot tarots tarp tarpan tarpans tarpaulin tarpaulins
tarpon tarpons tarps tarragon tarragons tarrietia tarrietias tars tarsals tarsier tarsiers
tarsiidae tarsiidaes tarsioidea tarsioideas tarsius tarsiuses tarsus tarsuses tartan tartans
tartar tartars tartlet tartlets tartrate tartrates tarts tartufe tartufes tartuffe tartuffes
tarweed tarweeds tarwood tarwoods tarzan tarzans tas taskmaster taskmasters taskmistress
taskmistresses tasse tassel tassels tasses tasset tassets tastebud tastebuds taster tasters
tatar tatars tater taters tatou tatouay tatouays tatous tatter tatterdemalions tatters tatting
tattings tattler tattlers tattletale tattletales tatu tatus tauon tauons taurines taurotragus
taurotraguses taurus tauruses tautog tautoga tautogas tautogolabrus tautogolabruses tautogs
tavern taverns tawse tawses tax taxaceae taxaceaes taxales taxaleses taxation taxations taxer
taxers taxes taxi taxicab taxicabs taxidea taxideas taxidermist taxidermists taxidriver
taxidrivers taximan taximen taximeter taximeters taxistand taxistands taxiway taxiways taxman
taxmen taxodiaceae taxodiaceaes taxodium taxodiums taxonomer taxonomers taxonomist taxonomists
taxophytina taxophytinas taxopsida taxopsidas taxpayer taxpayers taxus taxuses tayassu
tayassuidae tayassuidaes tayassus tayra tayras tazicef tazicefs tb tbit tbits tbs tc tce tces
tchotchke tchotchkeleh tchotchkelehs tchotchkes tcs tdt tdts te tea teaberries teaberry teacake
teacakes teacart teacarts teacher teachers teacup teacupful teacupfuls teacups teahouse
teahouses teak teakettle teakettles teaks teakwood teakwoods teammate teammates teamster
teamsters teapot teapots tearaways teargas teargases tearoom tearooms teas teasel teasels teaser
teasers teashop teashops teasle teasles teaspoon teaspoonful teaspoonfuls teaspoons teat teatime
teatimes teats teazel teazels tebet tebets tebibit tebibits tebibyte tebibytes tec techie
techies technetium technetiums technicals technician technicians technocrat technocrats
technologist technologists technophile technophiles technophobe technophobes tecophilaeacea
tecophilaeaceas tecs tectaria tectarias tectona tectonas ted teddies teddy teds tee teenager
teenagers teens teenses teepee teepees tees teeterboard teeterboards teetertotter teetertotters
teeth teeths teetotaler teetotalers teetotalist teetotalists teetotaller teetotallers teetotum
teetotums teff teffs teflon teflons teg tegs tegument teguments teiid teiidae teiidaes teiids
teju tejus tekki tekkis tektite tektites telamon telamons telanthera telantheras telecaster
telecasters telegraph telegrapher telegraphers telegraphist telegraphists telegraphs telemeter
telemeters telencephalon telencephalons teleologist teleologists teleost teleostan teleostans
teleostei teleosteis teleosts telepathist telepathists telephone telephoner telephoners
telephones telephonist telephonists telephoto telephotograph telephotographs telephotos
teleprinter teleprinters teleprompter teleprompters telethermometer telethermometers
teletypewriter teletypewriters televangelist televangelists telex telexes telfer telferage
telferages telfers teliospore teliospores teller tellers tellies tellima tellimas telltales
tellurians telluride tellurides tellurium telluriums telly telomerase telomerases telomere
telomeres telopea telopeas telosporidia telosporidias telpher telpherage telpherages telphers
telsontail telsontails telugu telugus temazepam temazepams temnospondyli temnospondylis temp
tempera temperas templar templars temple temples templetonia templetonias tempo temporalis
temporalises temporalities temporality temporalties temporalty temporaries temporiser
temporisers temporizer temporizers tempos tempra tempras temps tempter tempters temptress
temptresses tempura tempuras tenant tenants tench tenches tenderfoot tenderfoots tendergreen
tendergreens tenderiser tenderisers tenderizer tenderizers tenderloin tenderloins tendon tendons
tendrac tendracs tendril tendrils tenebrionid tenebrionidae tenebrionidaes tenebrionids tenement
tenements tenge tenges tenia tenias tenner tenners tennessean tennesseans tenno tennos tenon
tenons tenoretic tenoretics tenorist tenorists tenormin tenormins tenoroon tenoroons tenpence
tenpences tenpin tenpounder tenpounders tenrec tenrecidae tenrecidaes tenrecs tens tensimeter
tensimeters tensiometer tensiometers tent tentaculata tentaculatas tenter tenterhook tenterhooks
tenters tenthredinidae tenthredinidaes tenths tentmaker tentmakers tentorium tentoriums tents
tenure tenures tepal tepals tepee tepees tephrosia tephrosias tequila tequilas terabit terabits
terabyte terabytes teraflop teraflops terahertz terahertzes teras terases teratogen teratogens
terazosin terazosins terbinafine terbinafines terbium terbiums terce tercel tercelet tercelets
tercels tercentenaries tercentenary tercentennial tercentennials terces tercet tercets terebella
terebellas terebellidae terebellidaes terebinth terebinths teredinid teredinidae teredinidaes
teredinids teredo teredos teres tereses tergiversator tergiversators teriyaki teriyakis
termagant termagants termer termers termeses terminal terminals termination terminations
terminator terminators terminus terminuses termite termites termitidae termitidaes tern
ternaries ternion ternions terns terpene terpenes terpsichoreans terrace terraces terrain
terrains terramycin terramycins terrapene terrapenes terrapin terrapins terrarium terrariums
terreplein terrepleins terrier terriers terries terrietia terrietias terrine terrines
territorials territories territory terrorist terrorists terry terrycloth terrycloths
tertigravida tertigravidas terylene terylenes terzetto terzettos tes tesla teslas tessella
tessellas tessera tesseras testa testacea testacean testaceans testaceas testas testates
testator testators testatrix testatrixes testee testees tester testers testicle testicles
testiere testieres testifier testifiers testis testises testosterone testosterones testudinata
testudinatas testudines testudineses testudinidae testudinidaes testudo testudos tet tethyidae
tethyidaes tethys tethyses teton tetons tetra tetracaine tetracaines tetrachlorethylene
tetrachlorethylenes tetrachloride tetrachlorides tetrachloroethylene tetrachloroethylenes
tetrachloromethane tetrachloromethanes tetraclinis tetraclinises tetracycline tetracyclines
tetrad tetrads tetrafluoroethylene tetrafluoroethylenes tetragonia tetragoniaceae
tetragoniaceaes tetragonias tetragonurus tetragonuruses tetrahalide tetrahalides
tetrahydrocannabinol tetrahydrocannabinols tetrahymena tetrahymenas tetraiodothyronine
tetraiodothyronines tetramethyldiarsine tetramethyldiarsines tetraneuris tetraneurises
tetranychid tetranychidae tetranychidaes tetranychids tetrao tetraodontidae tetraodontidaes
tetraonidae tetraonidaes tetraos tetrapod tetrapods tetrapturus tetrapturuses tetras
tetrasaccharide tetrasaccharides tetraskele tetraskeles tetraskelion tetraskelions
tetrasporangium tetrasporangiums tetraspore tetraspores tetrazzini tetrazzinis tetri tetris
tetrode tetrodes tetrodotoxin tetrodotoxins tetrose tetroses tetroxide tetroxides tetryl tetryls
tets tetterwort tetterworts tettigoniid tettigoniidae tettigoniidaes tettigoniids teucrium
teucriums teuton teutonist teutonists teutons tevet tevets texan texans textile textiles th
thais thalamus thalamuses thalarctos thalarctoses thalassoma thalassomas thalia thaliacea
thaliaceas thalias thalictrum thalictrums thalidomide thalidomides thalidone thalidones thallium
thalliums thallophyta thallophytas thallophyte thallophytes thallus thalluses thalmencephalon
thalmencephalons thammuz thammuzes thamnophilus thamnophiluses thamnophis thamnophises thane
thanes thanksgiving thanksgivings thatch thatcher thatcherite thatcherites thatchers thatches
thaumaturge thaumaturges thaumaturgist thaumaturgists thc thcs theaceae theaceaes theater
theatergoer theatergoers theaters theatre theatregoer theatregoers theatres thebans thebe thebes
theca thecas thecodont thecodontia thecodontias thecodonts theelin theelins theists
thelephoraceae thelephoraceaes thelypteridaceae thelypteridaceaes thelypteris thelypterises
thenars thens theobid theobids theobroma theobromas theodolite theodolites theologian
theologians theologiser theologisers theologist theologists theologizer theologizers
theophrastaceae theophrastaceaes theophylline theophyllines theoretician theoreticians theoriser
theorisers theorist theorists theorizer theorizers theosophist theosophists theraphosidae
theraphosidaes therapist therapists therapsid therapsida therapsidas therapsids theremin
theremins theres theridiid theridiidae theridiidaes theridiids therm thermel thermels thermidor
thermidors thermion thermions thermistor thermistors thermoacidophile thermoacidophiles
thermobia thermobias thermocouple thermocouples thermograph thermographs thermogravimeter
thermogravimeters thermohydrometer thermohydrometers thermojunction thermojunctions thermometer
thermometers thermometrograph thermometrographs thermopile thermopiles thermoplastics thermopsis
thermopsises thermoreceptor thermoreceptors thermoregulator thermoregulators thermos thermoses
thermosphere thermospheres thermostat thermostats therms theropod theropoda theropodas theropods
thespesia thespesias thespians thessalian thessalians thessalonian thessalonians thetis thetises
theurgies theurgy thevetia thevetias thiabendazole thiabendazoles thiamin thiamine thiamines
thiamins thiazide thiazides thiazine thiazines thickener thickeners thickenings thickhead
thickheads thicks thief thiefs thielavia thielavias thigh thighbone thighbones thighs thill
thills thimble thimbleberries thimbleberry thimbleful thimblefuls thimbles thimbleweed
thimbleweeds thimerosal thimerosals thingamabob thingamabobs thingamajig thingamajigs thingmabob
thingmabobs thingmajig thingmajigs things thingses thingumabob thingumabobs thingumajig
thingumajigs thingummies thingummy thinker thinkers thinner thinners thiobacillus thiobacilluses
thiobacteria thiobacteriaceae thiobacteriaceaes thiobacterias thiocyanate thiocyanates
thiodiphenylamine thiodiphenylamines thioguanine thioguanines thiopental thiopentals
thioridazine thioridazines thiosulfil thiosulfils thiotepa thiotepas thiothixene thiothixenes
thiouracil thiouracils thirds thirster thirsters thirteens thirties thirtieses thistle
thistledown thistledowns thistles thlaspi thlaspis thole tholepin tholepins tholes thomomys
thomomyses thong thongs thorax thoraxes thorazine thorazines thorite thorites thorium thoriums
thornbill thornbills thoroughbreds thoroughfare thoroughfares thoroughwort thoroughworts
thortveitite thortveitites thou thous thousand thousands thracians thrasher thrashers thraupidae
thraupidaes threader threaders threadfin threadfins threadfish threadfishes threadses threadworm
threadworms threepence threepences threes threesome threesomes threonine threonines thresher
threshers threshold thresholds threskiornis threskiornises threskiornithidae threskiornithidaes
thrift thrifts thriftshop thriftshops thrinax thrinaxes thrip thripid thripidae thripidaes
thripids thrips thripses throat throats throatwort throatworts thrombin thrombins thrombocyte
thrombocytes thrombokinase thrombokinases thrombolytic thrombolytics thromboplastin
thromboplastins throne thrones throstle throstles throttle throttler throttlers throttles
throughput throughputs throughway throughways throwaways throwbacks thrower throwers throwster
throwsters thruster thrusters thruway thruways thryothorus thryothoruses ths thug thugs thuja
thujas thujopsis thujopsises thulium thuliums thumb thumbhole thumbholes thumbnail thumbnails
thumbnut thumbnuts thumbs thumbscrew thumbscrews thumbstall thumbstalls thumbtack thumbtacks
thunbergia thunbergias thunderbird thunderbirds thundercloud thunderclouds thunderer thunderers
thunderhead thunderheads thunnus thunnuses thurible thuribles thurifer thurifers thursday
thursdays thuses thwarter thwarters thylacine thylacines thylacinus thylacinuses thylogale
thylogales thyme thymelaeaceae thymelaeaceaes thymelaeales thymelaealeses thymes thymidine
thymidines thymine thymines thymol thymols thymosin thymosins thymus thymuses thyreophora
thyreophoran thyreophorans thyreophoras thyrocalcitonin thyrocalcitonins thyroglobulin
thyroglobulins thyroid thyroids thyronine thyronines thyroprotein thyroproteins thyrotrophin
thyrotrophins thyrotropin thyrotropins thyroxin thyroxine thyroxines thyroxins thyrse thyrses
thyrsopteris thyrsopterises thyrsus thyrsuses thysanocarpus thysanocarpuses thysanopter
thysanoptera thysanopteras thysanopteron thysanopterons thysanopters thysanura thysanuras
thysanuron thysanurons thz thzes ti tiara tiaras tiarella tiarellas tib tibia tibialis
tibialises tibias tibicen tibicens tibit tibits tibs tical ticals tichodroma tichodromas
tichodrome tichodromes ticker tickers tickseed tickseeds tickweed tickweeds tidbit tidbits
tiddler tiddlers tideland tidelands tidemark tidemarks tidewater tidewaters tideway tideways
tidies tidytips tidytipses tieback tiebacks tiebreaker tiebreakers tiepin tiepins tierce tiercel
tiercels tierces tiffin tiffins tiger tigers tightrope tightropes tights tightses tightwad
tightwads tiglon tiglons tigon tigons tigress tigresses tike tikes tilapia tilapias tile
tilefish tilefishes tiler tilers tiles tilia tiliaceae tiliaceaes tilias tiliomycetes
tiliomyceteses till tillage tillages tillandsia tillandsias tiller tillers tilletia tilletiaceae
tilletiaceaes tilletias tills tilter tilters tiltyard tiltyards timalia timalias timaliidae
timaliidaes timbale timbales timber timberland timberlands timberline timberlines timberman
timbermen timbers timbrel timbrels timekeeper timekeepers timekeeping timekeepings timepiece
timepieces timer timers times timeserver timeservers timeses timolol timolols timoreses
timothies timothy timpani timpanis timpanist timpanists timucu timucus tin tinamidae tinamidaes
tinamiformes tinamiformeses tinamou tinamous tinca tincas tincture tinctures tinder tinders tine
tineid tineidae tineidaes tineids tineoid tineoidea tineoideas tineoids tineola tineolas tines
tinfoil tinfoils tinge tinges tingidae tingidaes tinkerer tinkerers tinner tinners tinplate
tinplates tins tinsel tinsels tinsmith tinsmiths tinsnips tinsnipses tintack tintacks tinter
tinters tintometer tintometers tinware tinwares tip tipi tipis tipper tippers tippet tippets
tipple tippler tipplers tipples tips tipster tipsters tipu tipuana tipuanas tipulidae tipulidaes
tipus tiramisu tiramisus tire tires tiro tirolean tiroleans tiros tis tisane tisanes tishri
tishris tisiphone tisiphones tissue tissues tit titan titania titanias titanium titaniums
titanosaur titanosaurian titanosaurians titanosauridae titanosauridaes titanosaurs titanosaurus
titanosauruses titans titbit titbits titfer titfers tithe tither tithers tithes tithonia
tithonias titi titis titlark titlarks titmouse titmouses titrator titrators tits titterer
titterers titties tittle tittles titty tiyin tiyins tl tlingit tlingits tls tm tms tmv tmvs tnf
tnfs tnt tnts toad toadfish toadfishes toadflax toadflaxes toadies toads toadshade toadshades
toadstool toadstools toady toaster toasters toastmaster toastmasters toastrack toastracks
tobacco tobacconist tobacconists tobaccos tobagonians tobies toboggan tobogganist tobogganists
toboggans tobramycin tobramycins toby tocainide tocainides tocopherol tocopherols toda todas
today todays toddies toddler toddlers toddy todea todeas todidae todidaes todies tods todus
toduses tody toe toea toeas toecap toecaps toenail toenails toes toetoe toetoes toff toffee
toffees toffies toffs toffy tofieldia tofieldias tofranil tofranils tofu tofus toga togas
togaviridae togaviridaes togoleses togs togses toiler toilers toilet toiletries toiletry toilets
toitoi toitois tokamak tokamaks tokay tokays tolazamide tolazamides tolazoline tolazolines
tolbooth tolbooths tolbutamide tolbutamides tole tolectin tolectins toles tolinase tolinases
toll tollbar tollbars tollbooth tollbooths toller tollers tollgate tollgates tollgatherer
tollgatherers tollhouse tollhouses tollkeeper tollkeepers tollman tollmen tollon tollons tolls
tolmiea tolmieas toltec toltecs tolu toluene toluenes tolus tolypeutes tolypeuteses tom tomahawk
tomahawks tomalley tomalleys tomatillo tomatillos tomato tomatos tomb tombac tombacs tombak
tombaks tomboy tomboys tombs tombstone tombstones tomcat tomcats tomentum tomentums tomfool
tomfools tomistoma tomistomas tomograph tomographs tomorrow tomorrows tompion tompions toms
tomtate tomtates tomtit tomtits ton toner toners tongans tongs tongses tongue tonguefish
tonguefishes tongueflower tongueflowers tongues tonics tonights tonnage tonnages tonne tonnes
tonocard tonocards tonometer tonometers tons tonses tonsil tonsilla tonsillas tonsils tonsure
tonsures tontine tontines tool toolbox toolboxes toolhouse toolhouses toolmaker toolmakers tools
toolshed toolsheds toona toonas tooshie tooshies tooth toothbrush toothbrushes toothpaste
toothpastes toothpick toothpicks toothpowder toothpowders tooths toothwort toothworts top topaz
topazes topcoat topcoats tope topee topees toper topers topes topgallant topgallants tophus
tophuses topi topiaries topiary topis topknot topknots topmast topmasts topminnow topminnows
topper toppers toppings tops topsail topsails topside topsides topsoil topsoils topv topvs toque
toques tor toradol toradols torch torchbearer torchbearers torches toreador toreadors torero
toreros tores tories tormenter tormenters tormentor tormentors tornillo tornillos torodal
torodals torpedinidae torpedinidaes torpediniformes torpediniformeses torpedo torpedos torr
torreya torreyas torrs tors torsk torsks torso torsos torte tortellini tortellinis tortes
tortfeasor tortfeasors tortilla tortillas tortoise tortoises tortoiseshell tortoiseshells
tortricid tortricidae tortricidaes tortricids tortrix tortrixes torturer torturers tory tosser
tossers tostada tostadas tot totalisator totalisators totaliser totalisers totalitarians
totalizator totalizators totalizer totalizers totals totara totaras tote totemist totemists
toter toters totes tots totterer totterers toucan toucanet toucanets toucans toucher touchers
touchline touchlines touchscreen touchscreens touchwood touchwoods toughie toughies toughs toupe
toupee toupees toupes touraco touracos tourer tourers tourist tourists tourmaline tourmalines
tournedos tournedoses tourniquet tourniquets tourtiere tourtieres tout touter touters touts
tovarich tovariches tovarisch tovarisches towboat towboats towel toweling towelings towelling
towellings towels tower towers towhead towheads towhee towhees towline towlines town townee
townees towner towners townes towneses townie townies towns townsendia townsendias township
townships townsman townsmen towny towpath towpaths towrope towropes toxicants toxicities
toxicity toxicodendron toxicodendrons toxicognath toxicognaths toxicologist toxicologists toxin
toxins toxoid toxoids toxostoma toxostomas toxotes toxoteses toxotidae toxotidaes toy toyon
toyons toys toyshop toyshops trabecula trabeculas tracer traceries tracers tracery trachea
tracheas tracheid tracheids trachelospermum trachelospermums tracheophyta tracheophytas
tracheophyte tracheophytes trachinotus trachinotuses trachipteridae trachipteridaes trachipterus
trachipteruses trachodon trachodons trachodont trachodonts trachurus trachuruses track trackball
trackballs tracker trackers tracklayer tracklayers tracks tract tractarian tractarians tractor
tractors tracts trader traders tradescantia tradescantias tradesman tradesmen traditionalist
traditionalists traducer traducers trafficker traffickers tragacanth tragacanths tragedian
tragedians tragedienne tragediennes tragelaphus tragelaphuses tragopan tragopans tragopogon
tragopogons tragulidae tragulidaes tragulus traguluses tragus traguses trailblazer trailblazers
trailer trailers trailhead trailheads trainbandsman trainbandsmen trainbearer trainbearers
trainee trainees traineeship traineeships trainer trainers trainload trainloads trainman
trainmaster trainmasters trainmen traitor traitors traitress traitresses tram tramcar tramcars
tramline tramlines trammel trammels tramper trampers trampler tramplers trampoline trampolines
trams tramway tramways tranche tranches trandate trandates trandolapril trandolaprils
tranquilizer tranquilizers tranquilliser tranquillisers tranquillizer tranquillizers
transactinides transactor transactors transalpines transaminase transaminases transcendentalist
transcendentalists transcriber transcribers transcriptase transcriptases transducer transducers
transept transepts transexual transexuals transferase transferases transferee transferees
transferer transferers transferor transferors transferrer transferrers transferrin transferrins
transfiguration transfigurations transformer transformers transgene transgenes transgressor
transgressors transients transistor transistors transit transits translator translators
transmigrante transmigrantes transmittance transmittances transmitter transmitters transom
transoms transplanter transplanters transponder transponders transportation transportations
transporter transporters transposon transposons transsexuals transudate transudates transudation
transudations transvestites tranylcypromine tranylcypromines trap trapa trapaceae trapaceaes
trapas trapeze trapezes trapezius trapeziuses trapper trappers trapping trappings trappingses
trappist trappists traps trapshooter trapshooters trash trashes trautvetteria trautvetterias
trave traveler travelers traveller travellers traverser traversers traves trawl trawler trawlers
trawls tray trays trazodone trazodones treacle treacles treadle treadles treadmill treadmills
treadwheel treadwheels treasonist treasonists treasure treasurer treasurers treasures treasuries
treasury treater treaters trebuchet trebuchets trebucket trebuckets tree treehopper treehoppers
treelet treelets treenail treenails trees treetop treetops trefoil trefoils treillage treillages
trekker trekkers trellis trellises trema tremas trematoda trematodas trematode trematodes
trembler tremblers tremella tremellaceae tremellaceaes tremellales tremellaleses tremellas
tremolite tremolites trenail trenails trench trencher trencherman trenchermen trenchers trenches
trend trends trental trentals trepan trepang trepangs trepans trephine trephines trephritidae
trephritidaes treponema treponemas treponemataceae treponemataceaes trespasser trespassers tress
tresses trestle trestles trestlework trestleworks trews trewses trey treys trf trfs trh trhs
triacetate triacetates triad triads triaenodon triaenodons triakidae triakidaes trialeurodes
trialeurodeses triamcinolone triamcinolones triatoma triatomas triavil triavils triazine
triazines triazolam triazolams tribade tribades tribesman tribesmen tribolium triboliums
tribologist tribologists tribonema tribonemaceae tribonemaceaes tribonemas tribromoethanol
tribromoethanols tribromomethane tribromomethanes tribulus tribuluses tribune tribunes
tributaries tributyrin tributyrins trice triceps tricepses triceratops triceratopses trices
trichechidae trichechidaes trichechus trichechuses trichina trichinas trichion trichions
trichiuridae trichiuridaes trichloride trichlorides trichlormethiazide trichlormethiazides
trichloroethane trichloroethanes trichloroethylene trichloroethylenes trichloromethane
trichloromethanes trichobezoar trichobezoars trichoceros trichoceroses trichodesmium
trichodesmiums trichodontidae trichodontidaes trichoglossus trichoglossuses tricholoma
tricholomas tricholomataceae tricholomataceaes trichomanes trichomaneses trichomonad
trichomonads trichophaga trichophagas trichophyton trichophytons trichoptera trichopteran
trichopterans trichopteras trichopteron trichopterons trichostema trichostemas trichostigma
trichostigmas trichosurus trichosuruses trichys trichyses tricker trickers trickster tricksters
triclinium tricliniums tricolors tricolour tricolours tricorn tricorne tricornes tricorns tricot
tricots tricycle tricycles tricyclic tricyclics tridacna tridacnas tridacnidae tridacnidaes
trident tridents tridymite tridymites triennials trier triers trifle trifler triflers trifles
trifluoromethane trifluoromethanes trifoliata trifoliatas trifolium trifoliums triga trigas
trigeminal trigeminals trigeminus trigeminuses trigger triggerfish triggerfishes triggerman
triggermen triggers triglidae triglidaes triglinae triglinaes triglochin triglochins
triglyceride triglycerides trigonella trigonellas trigonometrician trigonometricians
triiodomethane triiodomethanes triiodothyronine triiodothyronines trike trikes trilbies trilby
trilisa trilisas trilliaceae trilliaceaes trillions trillionths trillium trilliums trilobite
trilobites trimaran trimarans trimer trimers trimester trimesters trimipramine trimipramines
trimmer trimmers trimmings trimmingses trimorphodon trimorphodons trimox trimoxes trine
trinectes trinecteses trines tringa tringas trinidadians trinitarian trinitarians trinities
trinitroglycerin trinitroglycerins trinitrotoluene trinitrotoluenes trinity trinket trinkets
trio triode triodes triolein trioleins trionychidae trionychidaes trionyx trionyxes triopidae
triopidaes triops triopses trios triose trioses triostium triostiums trioxide trioxides
tripalmitin tripalmitins tripe triphammer triphammers triphosphopyridine triphosphopyridines
triplet tripletail tripletails triplets tripleurospermum tripleurospermums triplicate
triplicates triplochiton triplochitons tripod tripods tripoli tripolis tripper trippers triptych
triptyches triquetral triquetrals trireme triremes trisaccharide trisaccharides triskele
triskeles triskelion triskelions tristearin tristearins tritheist tritheists triticum triticums
tritium tritiums tritoma tritomas triton tritons triturus trituruses triumvir triumvirs trivet
trivets trivia trivias trm trms trna trnas trochanter trochanters troche troches trochilidae
trochilidaes trochlear trochlearis trochlearises trochlears trogium trogiums troglodyte
troglodytes troglodyteses troglodytidae troglodytidaes trogon trogonidae trogonidaes
trogoniformes trogoniformeses trogons troika troikas trojans troll troller trollers trolley
trolleybus trolleybuses trolleys trollius trolliuses trollop trollops trolls trombicula
trombiculas trombiculid trombiculidae trombiculidaes trombiculids trombidiid trombidiidae
trombidiidaes trombidiids trombone trombones trombonist trombonists trompillo trompillos trooper
troopers troopship troopships tropaeolaceae tropaeolaceaes tropaeolum tropaeolums trophoblast
trophoblasts trophozoite trophozoites tropicbird tropicbirds tropics tropidoclonion
tropidoclonions tropopause tropopauses troposphere tropospheres trotline trotlines trotskyist
trotskyists trotskyite trotskyites trotter trotters troubadour troubadours troublemaker
troublemakers troubler troublers troubleshooter troubleshooters trough troughs trouper troupers
trouser trousering trouserings trousers trousseau trousseaus trout trouts trove troves trowel
trowels troy troys truants truck truckage truckages trucker truckers truckle truckler trucklers
truckles trucks trudger trudgers truelove trueloves truffle truffles trump trumpet trumpeter
trumpeters trumpetfish trumpetfishes trumpetses trumpetwood trumpetwoods trumps truncheon
truncheons truncocolumella truncocolumellas trunk trunkfish trunkfishes trunks trunkses trunnel
trunnels truss trusses trustbuster trustbusters trustee trustees trusteeship trusteeships
truster trusters trusties trustor trustors trypetidae trypetidaes trypsin trypsinogen
trypsinogens trypsins tryptophan tryptophane tryptophanes tryptophans ts tsar tsarina tsarinas
tsaritsa tsaritsas tsars tsatske tsatskes tsetse tsetses tsh tshatshke tshatshkes tshes
tsimshian tsimshians tsine tsines tsuga tsugas tswana tswanas tt tts tuareg tuaregs tuatara
tuataras tub tuba tubas tube tubelesses tuber tuberaceae tuberaceaes tuberales tuberaleses
tubercularia tuberculariaceae tuberculariaceaes tubercularias tuberculars tuberculin tuberculins
tuberose tuberoses tuberosities tuberosity tubers tubes tubful tubfuls tubing tubings
tubocurarine tubocurarines tubs tubule tubules tubulidentata tubulidentatas tuckahoe tuckahoes
tucker tuckers tudung tudungs tues tuesday tuesdays tueses tufa tufas tuff tuffet tuffets tuffs
tugboat tugboats tugger tuggers tughrik tughriks tugrik tugriks tuille tuilles tuition tuitions
tulestoma tulestomas tulip tulipa tulipas tulips tulipwood tulipwoods tulle tulles tulostoma
tulostomaceae tulostomaceaes tulostomas tulostomataceae tulostomataceaes tulostomatales
tulostomataleses tulu tulus tum tumblebug tumblebugs tumbler tumblers tumbleweed tumbleweeds
tumbrel tumbrels tumbril tumbrils tummies tummy tums tumses tumulus tumuluses tun tuna
tunaburger tunaburgers tunas tundra tundras tuner tuners tung tunga tungas tungs tungstate
tungstates tungsten tungstens tungus tunguses tungusic tungusics tunic tunica tunicas tunicata
tunicatas tunicate tunicates tunics tunisians tunker tunkers tunnage tunnages tunnies tunny tuns
tup tupaia tupaias tupaiidae tupaiidaes tupek tupeks tupelo tupelos tupi tupik tupiks tupinambis
tupinambises tupis tuppence tuppences tups turaco turacos turacou turacous turakoo turakoos
turban turbans turbatrix turbatrixes turbellaria turbellarias turbinal turbinals turbinate
turbinates turbine turbines turbofan turbofans turbogenerator turbogenerators turbojet turbojets
turboprop turboprops turbot turbots turcoman turcomen turd turdidae turdidaes turdinae turdinaes
turds turdus turduses tureen tureens turf turfs turk turkey turkeys turki turkis turkmens
turkoman turkomen turks turmeric turmerics turnaround turnarounds turnbuckle turnbuckles
turncoat turncoats turncock turncocks turner turneries turners turnery turnicidae turnicidaes
turnip turnips turnix turnixes turnkey turnkeys turnpike turnpikes turnspit turnspits turnstile
turnstiles turnstone turnstones turntable turntables turnup turnups turpentine turpentines turps
turpses turquoise turquoises turreae turreaes turret turrets turritis turritises tursiops
tursiopses turtle turtledove turtledoves turtlehead turtleheads turtleneck turtlenecks turtler
turtlers turtles tuscans tuscarora tuscaroras tush tushes tusk tusker tuskers tusks tussah
tussahs tusseh tussehs tusser tussers tussilago tussilagos tussore tussores tussur tussurs tutee
tutees tutelo tutelos tutor tutors tutsan tutsans tutsi tutsis tutu tutus tux tuxedo tuxedos
tuxes twaddler twaddlers twain twains twat twats twayblade twayblades tweed tweeds tweeter
tweeters tweezer tweezers twelfthtide twelfthtides twelvemonth twelvemonths twelves twenties
twentieses twerp twerps twiddler twiddlers twig twigs twilight twilights twill twills twin
twinberries twinberry twiner twiners twinflower twinflowers twinjet twinjets twinkie twinkies
twinkler twinklers twinkling twinklings twins twinses twirler twirlers twirp twirps twistwood
twistwoods twit twits twitterer twitterers twopence twopences twos twosome twosomes tycoon
tycoons tyiyn tyiyns tyke tykes tylenchidae tylenchidaes tylenchus tylenchuses tylenol tylenols
tympan tympani tympanis tympanist tympanists tympans tympanuchus tympanuchuses tympanum
tympanums typesetter typesetters typewriter typewriters typha typhaceae typhaceaes typhas
typhlopidae typhlopidaes typhoeus typhoeuses typhon typhons typist typists typographer
typographers tyramine tyramines tyranni tyrannid tyrannidae tyrannidaes tyrannids tyrannis
tyrannosaur tyrannosaurs tyrannosaurus tyrannosauruses tyrannus tyrannuses tyrant tyrants tyre
tyres tyro tyrocidin tyrocidine tyrocidines tyrocidins tyroleans tyros tyrosine tyrosines
tyrothricin tyrothricins tyto tytonidae tytonidaes tytos tzar tzarina tzarinas tzars tzetze
tzetzes uakari uakaris ubermensch ubermensches ubiquinone ubiquinones uca ucas udder udders
udmurt udmurts udometer udometers ugandans ugli uglis uighur uighurs uigur uigurs uintathere
uintatheres uintatheriidae uintatheriidaes uintatherium uintatheriums uke ukes ukranian
ukranians ukulele ukuleles ulex ulexes ull ullage ullages ullr ullrs ulls ulmaceae ulmaceaes
ulmus ulmuses ulna ulnas ulster ulsters ultracef ultracefs ultracentrifuge ultracentrifuges
ultraconservatives ultramarines ultramicroscope ultramicroscopes ultramontanes ultrasuede
ultrasuedes ulva ulvaceae ulvaceaes ulvales ulvaleses ulvas ulvophyceae ulvophyceaes uma umas
umbel umbellales umbellaleses umbellifer umbelliferae umbelliferaes umbellifers umbellularia
umbellularias umbels umbers umbilicals umbilicus umbilicuses umbo umbos umbrella umbrellas
umbrellawort umbrellaworts umbrina umbrinas ump umpire umpires umps unai unais unau unaus
unbeliever unbelievers uncle uncles underachiever underachievers underbellies underbelly
underbodice underbodices underbodies underbody underboss underbosses undercarriage
undercarriages undercharge undercharges underclassman underclassmen underclothes underclotheses
underclothing underclothings undercoat undercoats undercut undercuts underdog underdogs
underdrawers underdrawerses underfelt underfelts underframe underframes underfur underfurs
undergarment undergarments undergrad undergrads undergraduate undergraduates underlayment
underlayments underlays underling underlings underlip underlips underpants underpantses
underpart underparts underpass underpasses underpayment underpayments underperformer
underperformers underseal underseals undersecretaries undersecretary underseller undersellers
undershirt undershirts undershrub undershrubs underside undersides underskirt underskirts
undersoil undersoils understructure understructures understudies understudy undersurface
undersurfaces undertaker undertakers underwear underwears underwing underwings underwriter
underwriters undesirables undies undieses undine undines undoer undoers unfastener unfasteners
unfortunates unguent unguents unguiculata unguiculatas unguiculates unguis unguises ungulata
ungulatas ungulates uniat uniates uniats unicorn unicorns unicycle unicycles unicyclist
unicyclists uniform uniforms unilateralist unilateralists unio unionidae unionidaes unionist
unionists unios unit unitard unitards unitarian unitarians units univalves universe universes
unknowns unmentionables unnilquadium unnilquadiums unperson unpersons unq unqs unraveler
unravelers unraveller unravellers untier untiers untouchables ununbium ununbiums ununhexium
ununhexiums ununpentium ununpentiums ununquadium ununquadiums ununtrium ununtriums upbraider
upbraiders upcast upcasts uphills upholder upholders upholsterer upholsterers upholsteries
upholstery uplands uppers uprights uprooter uprooters upsetter upsetters upside upsides upstager
upstagers upstages upstairses upstarts uptime uptimes uptown uptowns upupa upupas upupidae
upupidaes uracil uracils uraninite uraninites uranium uraniums uranologist uranologists
uranoscopidae uranoscopidaes uranyl uranyls urate urates urceole urceoles urchin urchins urea
ureas urease ureases uredinales uredinaleses ureter ureters urethane urethanes urethra urethras
urex urexes urginea urgineas uria uriah uriahs urial urials urias urinal urinals urinator
urinators urine urines urn urns urobilin urobilinogen urobilinogens urobilins urochord urochorda
urochordas urochordata urochordatas urochordate urochordates urochords urocyon urocyons
urocystis urocystises urodele urodeles urodella urodellas urokinase urokinases urolith uroliths
urologist urologists urophycis urophycises uropsilus uropsiluses uropygi uropygis uropygium
uropygiums urosaurus urosauruses ursidae ursidaes ursinia ursinias ursus ursuses urtica
urticaceae urticaceaes urticales urticaleses urticas uruguayans urus uruses usance usances usbeg
usbegs usbek usbeks user users usherette usherettes usnea usneaceae usneaceaes usneas
ustilaginaceae ustilaginaceaes ustilaginales ustilaginaleses ustilaginoidea ustilaginoideas
ustilago ustilagos usufructuaries usurer usurers usuries usurper usurpers usury ut uta utahan
utahans utahraptor utahraptors utas utc utcs ute utensil utensils uterus uteruses utes utiliser
utilisers utilitarians utilizer utilizers utopians utricle utricles utricularia utricularias
utriculus utriculuses uts utterer utterers uub uubs uuh uuhs uup uups uuq uuqs uut uuts uvea
uveas uvula uvularia uvulariaceae uvulariaceaes uvularias uvulas uxor uxoricide uxoricides uxors
uygur uygurs uzbak uzbaks uzbeg uzbegs uzbek uzbeks uzi uzis v vac vacation vacationer
vacationers vacationist vacationists vacations vaccaria vaccarias vaccinator vaccinators vaccine
vaccinee vaccinees vaccines vaccinium vacciniums vaccinum vaccinums vacillator vacillators vacs
vacuole vacuoles vagabond vagabonds vagina vaginas vagrants vagus vaguses vaisakha vaisakhas
vaishnava vaishnavas vaisya vaisyas vajra vajras valance valances valdecoxib valdecoxibs vale
valedictorian valedictorians valenciennes valencienneses valentine valentines valerian valeriana
valerianaceae valerianaceaes valerianas valerianella valerianellas valerians vales valet valets
valetudinarians vali valine valines valis valise valises valium valiums vallecula valleculas
valley valleys vallisneria vallisnerias valsartan valsartans valuables valuator valuators valuer
valuers valve valvelet valvelets valves valvula valvulas valvule valvules vambrace vambraces
vamp vamper vampers vampire vampires vamps vanadate vanadates vanadinite vanadinites vanadium
vanadiums vancocin vancocins vancomycin vancomycins vanda vandal vandals vandas vandyke vandykes
vane vanellus vanelluses vanes vanessa vanessas vangueria vanguerias vanillas vanillin vanillins
vanir vanirs vanisher vanishers vanquisher vanquishers vantage vantages vapor vaporiser
vaporisers vaporizer vaporizers vapour vaquero vaqueros vaquita vaquitas var vara varan
varanidae varanidaes varans varanus varanuses varas vardenafil vardenafils variables varietal
varietals variometer variometers varlet varlets varment varments varmint varmints varnish
varnisher varnishers varnishes vars vas vase vaseline vaselines vases vasoconstrictive
vasoconstrictives vasoconstrictor vasoconstrictors vasodilative vasodilatives vasodilator
vasodilators vasomax vasomaxes vasopressin vasopressins vasopressor vasopressors vasotec
vasotecs vassal vassals vat vaticinator vaticinators vats vaudevillian vaudevillians vault
vaulter vaulters vaultings vaults vaunter vaunters vcr vcrs vdu vdus veadar veadars veal veals
veau veaus vedalia vedalias vedist vedists veeries veery veg vegan vegans vegetable vegetables
vegetarian vegetarianism vegetarianisms vegetarians veggie veggies vegs vehicle vehicles
veilings vein veins velban velbans velcro velcros veld velds veldt veldts vellum vellums
velocipede velocipedes velociraptor velociraptors velocities velocity velodrome velodromes
velour velours velourses veloute veloutes velum velums velveeta velveetas velvet velveteen
velveteens velvetleaf velvetleafs velvets velvetweed velvetweeds vena venas vendee vendees
vendemiaire vendemiaires vender venders vendor vendors veneer veneering veneerings veneers
venerator venerators veneridae veneridaes venetians venezuelans venison venisons venogram
venograms venom venoms vent ventail ventails venter venters venthole ventholes ventilator
ventilators ventolin ventolins ventose ventoses ventricle ventricles ventriculus ventriculuses
ventriloquist ventriloquists vents venturer venturers venturi venturis venue venues venula
venulas venule venules venus venuses venushair venushairs veps vepse vepses vepsian vepsians
veranda verandah verandahs verandas verapamil verapamils veratrum veratrums verbaliser
verbalisers verbalizer verbalizers verbascum verbascums verbena verbenaceae verbenaceaes
verbenas verbesina verbesinas verdicchio verdicchios verdigris verdigrises verdin verdins
verdolagas verdolagases verdure verdures verger vergers verifier verifiers vermicelli
vermicellis vermicide vermicides vermiculite vermiculites vermifuge vermifuges vermin vermins
vermis vermises vermonter vermonters vermouth vermouths vernier verniers vernix vernixes
vernonia vernonias veronal veronals veronica veronicas verpa verpas versant versants verseds
versifier versifiers verst versts vertebra vertebras vertebrata vertebratas vertebrate
vertebrates verticillium verticilliums vervain vervains vervet vervets vesica vesicants
vesicaria vesicarias vesicas vesicatories vesicle vesicles vesiculovirus vesiculoviruses vespa
vespas vespers vesperses vespertilio vespertilionid vespertilionidae vespertilionidaes
vespertilionids vespertilios vespid vespidae vespidaes vespids vespula vespulas vessel vessels
vestals vestibule vestibules vestiture vestitures vestment vestments vestryman vestrymen
vestrywoman vestrywomen vesture vestures vesuvian vesuvianite vesuvianites vesuvians vet vetch
vetches vetchling vetchlings vetchworm vetchworms veteran veterans veterinarian veterinarians
veterinaries vets vexer vexers viaduct viaducts viagra viagras vial vials viand viands viandses
vibes vibeses vibist vibists vibraharp vibraharps vibramycin vibramycins vibraphone vibraphones
vibraphonist vibraphonists vibrator vibrators vibrio vibrion vibrions vibrios vibrissa vibrissas
viburnum viburnums vicar vicarage vicarages vicars vicegerent vicegerents vicereine vicereines
viceroy viceroyalties viceroyalty viceroys vichyssoise vichyssoises vicia vicias vicinities
vicinity victim victimiser victimisers victimizer victimizers victims victor victorians victors
victrola victrolas victual victualer victualers victualler victuallers victuals victualses
vicugna vicugnas vicuna vicunas vidar vidars videocassette videocassettes videodisc videodiscs
videodisk videodisks videotape videotapes vidua viduas vietnameses viewer viewfinder viewfinders
viewgraph viewgraphs vigilante vigilantes vigna vignas vigorish vigorishes viiis viis viking
vikings vilifier vilifiers villa villager villagers villain villainess villainesses villains
villas villein villeins villus villuses viminaria viminarias vinaigrette vinaigrettes
vinblastine vinblastines vinca vincas vincetoxicum vincetoxicums vincristine vincristines
vindicator vindicators vine vinegar vinegarroon vinegarroons vinegars vinegarweed vinegarweeds
vineries vinery vines vineyard vineyards vinifera viniferas vino vinos vintage vintager
vintagers vintages vintner vintners vinyl vinylbenzene vinylbenzenes vinylite vinylites vinyls
viocin viocins viol viola violaceae violaceaes violas violator violators violet violets violin
violinist violinists violins violist violists violoncellist violoncellists violoncello
violoncellos viols viomycin viomycins viosterol viosterols vioxx vioxxes vip viper vipera
viperas viperidae viperidaes vipers vips viracept viracepts virago viragos viramune viramunes
virazole virazoles vireo vireonidae vireonidaes vireos virgilia virgilias virgin virginals
virginian virginians virgins virgo virgos viricide viricides virino virinos virion virions
viroid viroids virologist virologists virtuoso virtuosos virucide virucides virus viruses
virusoid virusoids vis visage visages visayan visayans viscaceae viscaceaes viscacha viscachas
viscera visceras viscometer viscometers viscose viscoses viscosimeter viscosimeters viscount
viscountess viscountesses viscounts viscum viscums viscus viscuses vise vises visigoth visigoths
visionaries visitant visitants visitor visitors visken viskens visor visors vistaril vistarils
visualiser visualisers visualizer visualizers vitaceae vitaceaes vitaliser vitalisers vitalist
vitalists vitalizer vitalizers vitals vitalses vitamin vitamins vitellus vitelluses vithar
vitharr vitharrs vithars viticulturist viticulturists vitidaceae vitidaceaes vitis vitises
vitrification vitrifications vitrine vitrines vitriol vitriols vittaria vittariaceae
vittariaceaes vittarias vivarium vivariums viverra viverras viverricula viverriculas viverridae
viverridaes viverrinae viverrinaes viverrine viverrines vivisectionist vivisectionists vixen
vixens viyella viyellas vizier viziers vizor vizors vizsla vizslas vldl vldls vocaliser
vocalisers vocalist vocalists vocalizer vocalizers vociferator vociferators vodka vodkas vogul
voguls voicer voicers voider voiders voile voiles volaille volailles volaries volary volatiles
volcano volcanos vole voles volt voltaren voltarens voltmeter voltmeters volts volume volumes
volumeter volumeters voluntaries voluptuaries volutes volva volvaria volvariaceae volvariaceaes
volvarias volvariella volvariellas volvas volvocaceae volvocaceaes volvocales volvocaleses
volvox volvoxes vombatidae vombatidaes vomer vomers vomiter vomiters vomitive vomitives
vomitories vomitory vomitus vomituses voodoo voodoos vorticella vorticellas votaries votary
voter voters votyak votyaks vouchee vouchees voucher vouchers vouge vouges voussoir voussoirs
vouvray vouvrays vower vowers voyager voyagers voyeur voyeurs vs vulcaniser vulcanisers
vulcanite vulcanites vulcanizer vulcanizers vulgarian vulgarians vulgariser vulgarisers
vulgarizer vulgarizers vulpes vulpeses vultur vulture vultures vulturs vulva vulvas w wac wacko
wackos wacs wadding waddings waddler waddlers wader waders waderses wadi wadis wads wadses wafer
wafers waffle waffler wafflers waffles wage wagerer wagerers waggon waggoner waggoners waggons
waggonwright waggonwrights wagnerians wagon wagoner wagoners wagons wagonwright wagonwrights
wagtail wagtails wahabi wahabis wahhabi wahhabis wahoo wahoos waif waifs wailer wailers wain
wains wainscot wainscoting wainscotings wainscots wainscotting wainscottings wainwright
wainwrights waist waistband waistbands waistcloth waistcloths waistcoat waistcoats waistline
waistlines waists waiter waiters waitress waitresses wakashan wakashans wakeboard wakeboards
waker wakers walapai walapais waldmeister waldmeisters walker walkers walkingstick walkingsticks
walkman walkmen walkway walkways wall wallabies wallaby wallah wallahs wallboard wallboards
wallet wallets wallflower wallflowers wallies walloon walloper wallopers wallpaper wallpaperer
wallpaperers wallpapers walls wally walnut walnuts walrus walruses waltzer waltzers wampanoag
wampanoags wampee wampees wampum wampumpeag wampumpeags wampums wand wanderer wanderers
wandflower wandflowers wands wangler wanglers wanker wankers wannabe wannabee wannabees wannabes
wans wanter wanters wantons wapiti wapitis waratah waratahs warbler warblers ward warden wardens
warder warders wardress wardresses wardrobe wardrobes wardroom wardrooms wards ware warehouse
warehouseman warehousemen warehouser warehousers warehouses wares warfarin warfarins warhead
warheads warhorse warhorses warlock warlocks warlord warlords warmer warmers warmonger
warmongers warner warners warplane warplanes warragal warragals warrantee warrantees warranter
warranters warrantor warrantors warren warrener warreners warrens warrigal warrigals warrior
warriors warship warships warthog warthogs wartime wartimes wartweed wartweeds wartwort
wartworts wasabi wasabis washables washableses washbasin washbasins washboard washboards
washbowl washbowls washcloth washcloths washday washdays washer washerman washermen washers
washerwoman washerwomen washhouse washhouses washingtonians washrag washrags washroom washrooms
washstand washstands washtub washtubs washwoman washwomen wasp wasps wassail wassailer
wassailers wassails wastebasket wastebaskets wastebin wastebins wasteland wastelands waster
wasters wastewater wastewaters wasteweir wasteweirs wasteyard wasteyards wastrel wastrels
watchband watchbands watchdog watchdogs watcher watchers watchmaker watchmakers watchman
watchmen watchstrap watchstraps watchtower watchtowers water waterbird waterbirds waterbuck
waterbucks watercannon watercannons watercolor watercolorist watercolorists watercolors
watercolour watercolourist watercolourists watercolours watercourse watercourses watercresses
waterdog waterdogs waterer waterers waterfall waterfalls waterfinder waterfinders waterfowl
waterfowls waterfront waterfronts waterleaf waterleafs waterline waterlines waterman watermark
watermarks watermeal watermeals watermelon watermelons watermen waterproofs waterscape
waterscapes waterses watershed watersheds waterside watersides waterskin waterskins waterway
waterways waterweed waterweeds waterwheel waterwheels wats watses watt wattle wattles wattmeter
wattmeters watts watusi watusis watutsi watutsis wavefront wavefronts waveguide waveguides
waverer waverers wax waxberries waxberry waxes waxflower waxflowers waxmallow waxmallows waxwing
waxwings waxwork waxworks waxycap waxycaps wayfarer wayfarers ways wayses wayside waysides wb
wbc wbcs weakener weakeners weakfish weakfishes weakling weaklings weald wealds weapon
weaponries weaponry weapons wearables wearer wearers weasel weasels weatherboard weatherboarding
weatherboardings weatherboards weathercock weathercocks weatherglass weatherglasses weatherman
weathermen weatherstripping weatherstrippings weathervane weathervanes weaver weaverbird
weaverbirds weavers web webbing webbings webcam webcams weber webers webfoot webfoots webmaster
webmasters webs webworm webworms wedgie wedgies wedgwood wedgwoods wednesday wednesdays weed
weeder weeders weedkiller weedkillers weeds weedses week weekday weekdays weekend weekender
weekenders weekends weeknight weeknights weeks weenie weenies weeper weepers wees weevil weevils
weewee weewees weft wefts weigela weigelas weighbridge weighbridges weigher weighers weightings
weightlifter weightlifters weimaraner weimaraners weir weirdie weirdies weirdo weirdos weirds
weirdy weirs weisenheimer weisenheimers weissbier weissbiers weizenbier weizenbiers weizenbock
weizenbocks weka wekas welcher welchers welcomer welcomers welder welders weldment weldments
welkin welkins wellhead wellheads wellington wellingtons wellpoint wellpoints wells wellspring
wellsprings welsher welshers welshes welshman welshmen welterweight welterweights welwitschia
welwitschiaceae welwitschiaceaes welwitschias wench wencher wenchers wenches werewolf werewolfs
wesleyans westerner westerners wetback wetbacks wether wethers wetland wetlands wetnurse
wetnurses wetter wetters whacker whackers whacko whackos whale whaleboat whaleboats whalebone
whalebones whaler whalers whales whalesucker whalesuckers wharf wharfage wharfages wharfs
whatchamacallit whatchamacallits whatchamacallum whatchamacallums whatnot whatnots whatsis
whatsises wheat wheatear wheatears wheatfield wheatfields wheatflake wheatflakes wheatgrass
wheatgrasses wheats wheatworm wheatworms wheedler wheedlers wheel wheelbarrow wheelbarrows
wheelchair wheelchairs wheeler wheelers wheelhouse wheelhouses wheels wheelwork wheelworks
wheelwright wheelwrights whelk whelks whelp whelps whereabouts whereaboutses wherewithal
wherewithals wherries wherry whetstone whetstones whey wheys whidah whidahs whiffer whiffers
whiffletree whiffletrees whig whigs whiles whin whinberries whinberry whinchat whinchats whiner
whiners whins whinstone whinstones whipcord whipcords whipper whippers whippersnapper
whippersnappers whippet whippets whippletree whippletrees whippoorwill whippoorwills whipsaw
whipsaws whipsnake whipsnakes whipstitch whipstitches whipstitching whipstitchings whiptail
whiptails whirler whirlers whirligig whirligigs whirlybird whirlybirds whisker whiskers
whiskerses whiskey whiskeys whiskies whisky whisperer whisperers whistleblower whistleblowers
whistler whistlers whit whitebait whitebaits whitecup whitecups whiteface whitefaces whitefish
whitefishes whiteflies whitefly whitehead whiteheads whitener whiteners whites whitetail
whitetails whitethorn whitethorns whitethroat whitethroats whitewater whitewaters whitewood
whitewoods whitey whiteys whiting whitings whitlavia whitlavias whitlowwort whitlowworts
whitmonday whitmondays whits whitsun whitsunday whitsundays whitsuns whitsuntide whitsuntides
whittler whittlers whitweek whitweeks whizbang whizbangs whizz whizzbang whizzbangs whizzes
wholesaler wholesalers whooper whoopers whore whorehouse whorehouses whoremaster whoremasters
whoremonger whoremongers whores whoreson whoresons whorlywort whorlyworts whortleberries
whortleberry whydah whydahs wiccans wichita wichitas wick wicker wickers wickerwork wickerworks
wicket wickets wickiup wickiups wicks wickup wickups wicopies wicopy widgeon widgeons widget
widgets widow widower widowers widowhood widowhoods widowman widowmen widows wiener wieners
wienerwurst wienerwursts wiesenboden wiesenbodens wife wifes wiffle wiffles wifi wifis wig
wigeon wigeons wiggler wigglers wight wights wigmaker wigmakers wigs wigwam wigwams wikiup
wikiups wildcat wildcats wildcatter wildcatters wildebeest wildebeests wildflower wildflowers
wildfowl wildfowls wilding wildings willet willets willow willowherb willowherbs willows
willowware willowwares wilton wiltons wimble wimbles wimp wimple wimples wimps wincey winceyette
winceyettes winceys winch winches winchester winchesters windbag windbags windbreak windbreaker
windbreakers windbreaks windcheater windcheaters winder winders windfall windfalls windflower
windflowers windjammer windjammers windlass windlasses windmill windmills window windowpane
windowpanes windowsill windowsills windpipe windpipes windscreen windscreens windshield
windshields windtalker windtalkers wine wineberries wineberry wineglass wineglasses winemaker
winemakers winepress winepresses wineries winery wines winesap winesaps wineskin wineskins wing
wingback wingbacks winger wingers wingman wingmen wingstem wingstems winker winkers winkle
winkles winnebago winnebagos winner winners winnings winningses wino winos winter wintera
winteraceae winteraceaes winteras winterberries winterberry wintergreen wintergreens winters
wintertime wintertimes wintun wintuns wiper wipers wire wirehair wirehairs wireman wiremen wirer
wirers wires wiretapper wiretappers wirework wireworks wireworm wireworms wirings wisconsinite
wisconsinites wiseacre wiseacres wisenheimer wisenheimers wisent wisents wishbone wishbones
wistaria wistarias wisteria wisterias witch witches witchgrass witchgrasses withdrawer
withdrawers withe witherses withes withholder withholders withies withstander withstanders withy
witloof witloofs witnesser witnessers wittol wittols wivern wiverns wiz wizard wizards wizes
wlan wlans wmd wmds woad woads woadwaxen woadwaxens wobbler wobblers wobblies wog wogs wok woks
wold wolds wolf wolfbane wolfbanes wolffia wolffias wolffiella wolffiellas wolffish wolffishes
wolfhound wolfhounds wolfman wolfmen wolfram wolframite wolframites wolframs wolfs wolfsbane
wolfsbanes wollastonite wollastonites wolverine wolverines woman womaniser womanisers womanizer
womanizers womb wombat wombats wombs women wonderberries wonderberry wonderer wonderers
wonderland wonderlands wonk wonks wons wonton wontons wood woodbine woodbines woodborer
woodborers woodcarver woodcarvers woodcarving woodcarvings woodchuck woodchucks woodcock
woodcocks woodcreeper woodcreepers woodcut woodcuts woodcutter woodcutters woodenware
woodenwares woodfern woodferns woodhewer woodhewers woodland woodlands woodlet woodlets
woodlouse woodlouses woodman woodmen woodpecker woodpeckers woodruff woodruffs woodscrew
woodscrews woodshed woodsheds woodsia woodsias woodsman woodsmen woodwardia woodwardias
woodwaxen woodwaxens woodwind woodwinds woodwork woodworker woodworkers woodworks woodworm
woodworms wooer wooers woof woofer woofers woofs wool woolen woolens woolgatherer woolgatherers
woollens wools woolsorter woolsorters wop wops worcestershire worcestershires wordmonger
wordmongers wordsmith wordsmiths workaholic workaholics workbag workbags workbasket workbaskets
workbench workbenches workboard workboards workbox workboxes workday workdays worker workers
workfellow workfellows workhorse workhorses workhouse workhouses workingman workingmen workings
workingses workman workmate workmates workmen workpiece workpieces workplace workplaces workroom
workrooms workses workshop workshops workspace workspaces workstation workstations worktable
worktables workwear workwears workweek workweeks world worldling worldlings worlds worm wormcast
wormcasts wormhole wormholes worms wormseed wormseeds wormwood wormwoods worrier worriers
worrywart worrywarts worshiper worshipers worshipper worshippers worsteds wort worthies worths
worts wpm wpms wrack wracks wrangler wranglers wraparound wraparounds wrapper wrappers wrapping
wrappings wrasse wrasses wreath wreaths wreckage wreckages wrecker wreckers wreckfish
wreckfishes wren wrens wrester wresters wrestler wrestlers wretch wretches wriggler wrigglers
wright wrights wringer wringers wrist wristband wristbands wristlet wristlets wrists wristwatch
wristwatches writer writers wrongdoer wrongdoers wrymouth wrymouths ws wtv wtvs wulfenite
wulfenites wurtzite wurtzites wuss wusses www wwws wykehamist wykehamists wynnea wynneas
wyomingite wyomingites wyrd wyrds wytensin wytensins wyvern wyverns xanax xanaxes xanthate
xanthates xanthine xanthines xanthium xanthiums xanthomonad xanthomonads xanthomonas
xanthomonases xanthophyceae xanthophyceaes xanthophyl xanthophyll xanthophylls xanthophyls
xanthorrhoeaceae xanthorrhoeaceaes xanthorroea xanthorroeas xanthosoma xanthosomas xantusiidae
xantusiidaes xcs xe xenarthra xenarthras xenicidae xenicidaes xenicus xenicuses xenograft
xenografts xenolith xenoliths xenon xenons xenopodidae xenopodidaes xenopus xenopuses
xenorhyncus xenorhyncuses xenosauridae xenosauridaes xenosaurus xenosauruses xenotime xenotimes
xeranthemum xeranthemums xerobates xerobateses xerophile xerophiles xerophyllum xerophyllums
xerophyte xerophytes xerox xeroxes xes xhosa xhosas xies xiiis xiis xiphias xiphiases xiphiidae
xiphiidaes xiphosura xiphosuras xis xivs xixes xls xmas xmases xtc xtcs xviiis xviis xvis xvs
xxes xxies xxiiis xxiis xxis xxivs xxixes xxviiis xxviis xxvis xxvs xxxes xxy xy xyies xylaria
xylariaceae xylariaceaes xylarias xylem xylems xylene xylenes xylocaine xylocaines xylocopa
xylocopas xylol xylols xylomelum xylomelums xylophone xylophones xylophonist xylophonists
xylopia xylopias xylose xyloses xylosma xylosmas xyphophorus xyphophoruses xyridaceae
xyridaceaes xyridales xyridaleses xyris xyrises xyy y yacca yaccas yacht yachts yachtsman
yachtsmen yachtswoman yachtswomen yagi yagis yahi yahis yahoo yahoos yakut yakuts yakuza yakuzas
yam yams yana yanas yank yankee yankees yanker yankers yanks yanquapin yanquapins yard yardarm
yardarms yardbird yardbirds yarder yarders yardgrass yardgrasses yardie yardies yardman
yardmaster yardmasters yardmen yards yarmelke yarmelkes yarmulka yarmulkas yarmulke yarmulkes
yarrow yarrows yashmac yashmacs yashmak yashmaks yataghan yataghans yautia yautias yavapai
yavapais yawl yawls yawner yawners yb ybit ybits ybs year yearling yearlings yearner yearners
years yearses yeast yeasts yeller yellers yellowbird yellowbirds yellowcake yellowcakes
yellowfin yellowfins yellowhammer yellowhammers yellowlegs yellowlegses yellowtail yellowtails
yellowthroat yellowthroats yellowwood yellowwoods yemenis yeniseian yeniseians yenta yentas
yeoman yeomen yesterday yesterdays yesteryear yesteryears yeti yetis yew yews yib yibit yibits
yibs yid yids yielder yielders ylem ylems yob yobbo yobbos yobibit yobibits yobibyte yobibytes
yobo yobos yobs yodeller yodellers yoghourt yoghourts yoghurt yoghurts yogi yogis yogurt yogurts
yoke yokel yokels yokes yolk yolks yore yores yoruba yorubas yottabit yottabits yottabyte
yottabytes youngs youngster youngsters younker younkers youth youths yquem yquems yr yrs
ytterbite ytterbites ytterbium ytterbiums yttrium yttriums yuan yuans yucatec yucateco yucatecos
yucatecs yucca yuccas yugoslavians yugoslavs yule yules yuletide yuletides yuma yumas yuppie
yuppies yurt yurts zabaglione zabagliones zaglossus zaglossuses zaire zaireans zaires zaireses
zalcitabine zalcitabines zalophus zalophuses zaman zamang zamangs zambians zamboni zambonis
zamen zamia zamiaceae zamiaceaes zamias zanies zannichellia zannichelliaceae zannichelliaceaes
zannichellias zantac zantacs zantedeschia zantedeschias zanthoxylum zanthoxylums zapodidae
zapodidaes zapotecan zapotecans zapotecs zapper zappers zapus zapuses zarf zarfs zarontin
zarontins zb zbit zbits zbs zdv zdvs zea zealander zealanders zealot zealots zeas zeaxanthin
zeaxanthins zebibit zebibits zebibyte zebibytes zebra zebras zebrawood zebrawoods zebu zebus
zeidae zeidaes zenaidura zenaiduras zenith zeniths zeolite zeolites zeomorphi zeomorphis zep
zeps zero zeros zestril zestrils zettabit zettabits zettabyte zettabytes zeus zeuses zib zibit
zibits zibs zidovudine zidovudines zigadene zigadenes zigadenus zigadenuses ziggurat ziggurats
zikkurat zikkurats zikurat zikurats zilch zilches zill zillions zills zimbabweans zimmer zimmers
zinacef zinacefs zinc zincs zinfandel zinfandels zingiber zingiberaceae zingiberaceaes zingibers
zinjanthropus zinjanthropuses zinkenite zinkenites zinnia zinnias zinnwaldite zinnwaldites
zionist zionists ziphiidae ziphiidaes zipper zippers zippo zippos zircon zirconia zirconias
zirconium zirconiums zircons zither zithern zitherns zithers zithromax zithromaxes ziti zitis
zizania zizanias ziziphus ziziphuses zloties zloty zn zns zoarces zoarceses zoarcidae zoarcidaes
zocor zocors zodiac zodiacs zoisia zoisias zoloft zolofts zombi zombie zombies zombis zona zonas
zone zones zonotrichia zonotrichias zonula zonulas zonule zonules zoo zooflagellate
zooflagellates zooid zooids zoologist zoologists zoomastigina zoomastiginas zoomastigote
zoomastigotes zoophyte zoophytes zooplankton zooplanktons zoos zoospore zoospores zootoxin
zootoxins zori zoril zorils zoris zoroastrians zostera zosteraceae zosteraceaes zosteras zovirax
zoviraxes zoysia zoysias zr zrs zucchini zucchinis zulu zulus zuni zunis zwieback zwiebacks
zygnema zygnemales zygnemaleses zygnemas zygnemataceae zygnemataceaes zygnematales
zygnemataleses zygocactus zygocactuses zygoma zygomas zygomatics zygomycetes zygomyceteses
zygomycota zygomycotas zygomycotina zygomycotinas zygophyllaceae zygophyllaceaes zygophyllum
zygophyllums zygoptera zygopteras zygospore zygospores zygote zygotes zyloprim zyloprims zymase
zymases zymogen zymogens
"""

ABSTRACT_NOUNS = """
aaa aaas aas aases aave aaves ab abandonment abandonments abarticulation abarticulations
abasement abasements abashment abashments abasia abasias abatement abatements abbreviation
abbreviations abc abcs abcses abdication abdications abdominocentesis abdominocentesises
abdominoplasties abdominoplasty abdominousness abdominousnesses abduction abductions abecedarius
abecedariuses aberrance aberrances aberrancies aberrancy aberration aberrations
abetalipoproteinemia abetalipoproteinemias abetment abetments abettal abettals abeyance
abeyances abhorrence abhorrences abidance abidances abience abiences abilities ability
abiogenesis abiogenesises abiotrophies abiotrophy abjection abjections abjuration abjurations
ablactation ablactations ablation ablations ablatives ablaut ablauts ableism ableisms ablepharia
ablepharias ablism ablisms abls ablses ablution ablutions abnegation abnegations abnormalcies
abnormalcy abnormalities abnormality abocclusion abocclusions abolishment abolishments abolition
abolitionism abolitionisms abolitions abor abors abort abortion abortions aborts aboulia
aboulias aboves abracadabra abracadabras abrachia abrachias abrasion abrasions abrasiveness
abrasivenesses abreaction abreactions abridgement abridgements abridgment abridgments abrogation
abrogations abruption abruptions abruptness abruptnesses abscess abscesses abscissa abscissas
abscission abscissions abscondment abscondments abseil abseils absence absences absenteeism
absenteeisms absentmindedness absentmindednesses absoluteness absolutenesses absolutes
absolution absolutions absolutism absolutisms absorbance absorbances absorbencies absorbency
absorption absorptions absorptivities absorptivity abstemiousness abstemiousnesses abstention
abstentions abstinence abstinences abstractedness abstractednesses abstraction abstractions
abstractness abstractnesses abstruseness abstrusenesses abstrusities abstrusity absurdities
absurdity absurdness absurdnesses absurds abulia abulias abundance abundances academicianship
academicianships academicism academicisms academism academisms acanthocytosis acanthocytosises
acantholysis acantholysises acanthoma acanthomas acanthosis acanthosises acapnia acapnias
acardia acardias acariasis acariasises acaridiasis acaridiasises acariosis acariosises
acarophobia acarophobias acatalectics acataphasia acataphasias acathexia acathexias acathexis
acathexises acceleration accelerations accent accenting accentings accents accentuation
accentuations acceptabilities acceptability acceptableness acceptablenesses acceptance
acceptances acceptation acceptations access accesses accessibilities accessibility accession
accessions acciaccatura acciaccaturas accidence accidences accident accidentals accidents
acclamation acclamations acclimation acclimations acclimatisation acclimatisations
acclimatization acclimatizations accolade accolades accommodation accommodations accompaniment
accompaniments accomplishment accomplishments accordance accordances accouchement accouchements
account accountabilities accountability accountancies accountancy accountantship accountantships
accounting accountings accounts accreditation accreditations accretion accretions accrual
accruals accruement accruements acculturation acculturations accumulation accumulations
accuracies accuracy accusal accusals accusation accusations accusatives acedia acedias acephalia
acephalias acephalies acephalism acephalisms acephaly acerbities acerbity acetonemia acetonemias
acetonuria acetonurias acetylation acetylations achievabilities achievability achievement
achievements achings achlorhydria achlorhydrias acholia acholias achondroplasia achondroplasias
achondroplasties achondroplasty achromasia achromasias achromaticities achromaticity achromatism
achromatisms achromia achromias achylia achylias acidemia acidemias acidification acidifications
acidimetries acidimetry acidities acidity acidosis acidosises acidulousness acidulousnesses
acknowledgement acknowledgements acknowledgment acknowledgments acme acmes acne acnes acorea
acoreas acousma acousmas acousticophobia acousticophobias acoustics acousticses acquaintance
acquaintances acquaintanceship acquaintanceships acquiescence acquiescences acquirement
acquirements acquirings acquisition acquisitions acquisitiveness acquisitivenesses acquittal
acquittals acquittance acquittances acreage acreages acridities acridity acridness acridnesses
acrimonies acrimony acroanaesthesia acroanaesthesias acroanesthesia acroanesthesias acrobatics
acrobaticses acrocephalies acrocephaly acrocyanosis acrocyanosises acromegalia acromegalias
acromegalies acromegaly acromicria acromicrias acromikria acromikrias acromphalus acromphaluses
acromyotonia acromyotonias acronym acronyms acrophobia acrophobias acrophonies acrophony
acrostic acrostics act actings actinism actinisms actinometries actinometry actinomycosis
actinomycosises actinotherapies actinotherapy action actions activatings activation activations
activeness activenesses activism activisms activities activity acts actualisation actualisations
actualities actuality actualization actualizations actuation actuations acuities acuity
acupressure acupressures acupuncture acupunctures acuteness acutenesses acutes acylation
acylations ad adactylia adactylias adactylies adactylism adactylisms adactyly adage adages
adagios adamance adamances adaptabilities adaptability adaptation adaptations adaption adaptions
addendum addendums addiction addictions address addresses adducing adducings adduction
adductions adenitis adenitises adenocarcinoma adenocarcinomas adenoidectomies adenoidectomy
adenoma adenomas adenomegalies adenomegaly adenomyosarcoma adenomyosarcomas adenomyosis
adenomyosises adenopathies adenopathy adenosis adenosises adeptness adeptnesses adequacies
adequacy adequateness adequatenesses adhd adhds adherence adherences adhesion adhesions
adhesiveness adhesivenesses adience adiences adieu adieus adios adioses adiposeness
adiposenesses adiposis adiposises adiposities adiposity adjacencies adjacency adjective
adjectives adjournment adjournments adjudication adjudications adjunction adjunctions adjuration
adjurations adjustment adjustments administration administrations administrivia administrivias
admirabilities admirability admirableness admirablenesses admiration admirations admissibilities
admissibility admission admissions admittance admittances admixture admixtures admonishment
admonishments admonition admonitions adnoun adnouns ado adonics adoption adoptions adorabilities
adorability adorableness adorablenesses adoration adorations ados adoxographies adoxography
adrenalectomies adrenalectomy adrenarche adrenarches adroitness adroitnesses ads adsorption
adsorptions adulation adulations adulteration adulterations adulteries adultery adumbration
adumbrations advancement advancements advantage advantageousness advantageousnesses advantages
advection advections advent adventism adventisms advents adventure adventures adventurism
adventurisms adventurousness adventurousnesses adverb adverbials adverbs adversities adversity
advert advertence advertences advertencies advertency advertisement advertisements advertising
advertisings advertizement advertizements advertizing advertizings advertorial advertorials
adverts advice advices advisabilities advisability advisement advisements advisories advocacies
advocacy advowson advowsons adynamia adynamias aegir aegirs aegis aegises aeolic aeolics
aeration aerations aerial aerials aerobatics aerobaticses aerobics aerobicses aerobiosis
aerobiosises aerodontalgia aerodontalgias aerodynamics aerodynamicses aeroembolism aeroembolisms
aerogram aerogramme aerogrammes aerograms aerologies aerology aeromechanics aeromechanicses
aeromedicine aeromedicines aeronautics aeronauticses aerophagia aerophagias aerophilatelies
aerophilately aerosol aerosols aesthesia aesthesias aesthesis aesthesises aesthetics
aestheticses aestivation aestivations aetiologies aetiology affabilities affability affableness
affablenesses affair affaire affaires affairs affairses affectation affectations affectedness
affectednesses affection affectionateness affectionatenesses affections affidavit affidavits
affiliation affiliations affinities affinity affirmation affirmations affirmativeness
affirmativenesses affirmatives affixation affixations afflatus afflatuses affliction afflictions
affluence affluences afforestation afforestations affray affrays affricate affricates
affrication affrications affricative affricatives affright affrights affront affronts affusion
affusions afibrinogenemia afibrinogenemias afrasian afrasians afrikaanses afroasiatic
afroasiatics aftercare aftercares aftereffect aftereffects afterglow afterglows afterimage
afterimages aftermath aftermaths afterpains afterpainses afterpiece afterpieces aftersensation
aftersensations aftershock aftershocks aftertaste aftertastes afterthought afterthoughts
afterworld afterworlds aga agalactia agalactias agalactosis agalactosises agammaglobulinemia
agammaglobulinemias agamogenesis agamogenesises agapes agas age agedness agednesses ageings
ageism ageisms agelessness agelessnesses agenda agendas agendum agendums agenesia agenesias
agenesis agenesises agerasia agerasias ages agglutination agglutinations aggrandisement
aggrandisements aggrandizement aggrandizements aggravation aggravations aggression aggressions
aggressiveness aggressivenesses aggro aggros agha aghas agilities agility agings agism agisms
agitation agitations agitprop agitprops agnation agnations agnomen agnomens agnosia agnosias
agnosticism agnosticisms agon agonies agons agony agoraphobia agoraphobias agranulocytosis
agranulocytosises agranulosis agranulosises agrapha agraphas agraphia agraphias agreeabilities
agreeability agreeableness agreeablenesses agreement agreements agribusiness agribusinesses
agriculture agricultures agrobiologies agrobiology agrologies agrology agromania agromanias
agronomies agronomy agrypnia agrypnias ague agues ahem ahems ahimsa ahimsas aidses aikido
aikidos ailment ailments ailurophobia ailurophobias aimlessness aimlessnesses airburst airbursts
airdrop airdrops airflow airflows airiness airinesses airings airlift airlifts airmail airmails
airmanship airmanships airpost airposts airs airses airsickness airsicknesses airstream
airstreams airwave airwaves airworthiness airworthinesses akan akans akha akhas akinesia
akinesias akinesis akinesises akkadian akkadians aku akus alacrities alacrity alalia alalias
alarm alarmism alarmisms alarms alarum alarums alastrim alastrims albatross albatrosses albedo
albedos albigensianism albigensianisms albinism albinisms album albuminuria albuminurias albums
alcaic alcaics alcaptonuria alcaptonurias alchemies alchemy alcoholism alcoholisms aldosteronism
aldosteronisms aleph alephs alertings alertness alertnesses alexandrine alexandrines alexia
alexias algebra algebras algidities algidity algol algolagnia algolagnias algologies algology
algols algometries algometry algophilia algophilias algophobia algophobias algorism algorisms
algorithm algorithms aliases alibi alibis alienage alienages alienation alienations alienism
alienisms alikeness alikenesses aliveness alivenesses aliyah aliyahs alkalemia alkalemias
alkalimetries alkalimetry alkalinities alkalinity alkalinuria alkalinurias alkalosis alkalosises
alkaluria alkalurias alkaptonuria alkaptonurias allegation allegations allegement allegements
allegiance allegiances allegories allegory allergies allergologies allergology allergy
alleviation alleviations alliance alliances alliteration alliterations allocution allocutions
allogamies allogamy allograph allographs allomerism allomerisms allometries allometry
allopathies allopathy allopatries allopatry allophone allophones allotropies allotropism
allotropisms allotropy allure allurement allurements allures allusion allusions allusiveness
allusivenesses alluviation alluviations alluvion alluvions almanac almanacs alms almses
almsgiving almsgivings aloha alohas aloneness alonenesses aloofness aloofnesses alopecia
alopecias alpha alphabet alphabetisation alphabetisations alphabetization alphabetizations
alphabets alphanumerics alphanumericses alphas alpinism alpinisms als alses alt alterabilities
alterability alteration alterations altercation altercations alterings alternation alternations
alternative alternatives altitude altitudes altogethers altruism altruisms alts alveolars
alveolitis alveolitises alzheimers alzheimerses amalgamation amalgamations amastia amastias
amateurishness amateurishnesses amateurism amateurisms amativeness amativenesses amaurosis
amaurosises amazement amazements ambage ambages ambageses ambassadorship ambassadorships ambers
ambiance ambiances ambidexterities ambidexterity ambidextrousness ambidextrousnesses ambience
ambiences ambiguities ambiguity ambit ambition ambitions ambitiousness ambitiousnesses ambits
ambivalence ambivalences ambivalencies ambivalency ambiversion ambiversions amblyopia amblyopias
ambulation ambulations ambuscade ambuscades ambush ambushes amd amds amebiasis amebiasises
amebiosis amebiosises amelia amelias amelioration ameliorations amelogenesis amelogenesises
amenabilities amenability amenableness amenablenesses amendment amendments amenia amenias
amenity amenorrhea amenorrheas amenorrhoea amenorrhoeas amentia amentias americanisation
americanisations americanism americanisms americanization americanizations amerinds ametria
ametrias ametropia ametropias amharics amiabilities amiability amiableness amiablenesses
amicabilities amicability amicableness amicablenesses aminoaciduria aminoacidurias amities
amitosis amitosises amity ammonification ammonifications ammoniuria ammoniurias amnesia amnesias
amnesties amnesty amnio amniocentesis amniocentesises amoebiasis amoebiasises amoebiosis
amoebiosises amoralism amoralisms amoralities amorality amorousness amorousnesses amortisation
amortisations amortization amortizations amour amours amoy amoys amperage amperages ampersand
ampersands amphibolies amphibologies amphibology amphiboly amphibrach amphibraches
amphidiploidies amphidiploidy amphigories amphigory amphimixis amphimixises ampleness
amplenesses amplification amplifications amplitude amplitudes amputation amputations amusd
amusds amusement amusements amygdalotomies amygdalotomy amyloidosis amyloidosises amylolysis
amylolysises amyotonia amyotonias amyotrophia amyotrophias amyotrophies amyotrophy amyxia
amyxias anabaptism anabaptisms anabiosis anabiosises anabolism anabolisms anaclisis anaclisises
anacoluthia anacoluthias anacoluthon anacoluthons anadiplosis anadiplosises anaemia anaemias
anaesthesia anaesthesias anaglyphies anaglyphy anagoge anagoges anagram anagrams anagramses
analbuminemia analbuminemias analecta analectas analects analectses analgesia analgesias
analogies analogs analogue analogues analogy analphabetism analphabetisms analysis analysises
analyticities analyticity anamnesis anamnesises anamorphism anamorphisms anamorphosis
anamorphosises anapaest anapaests anapest anapests anaphase anaphases anaphor anaphora anaphoras
anaphors anaphrodisia anaphrodisias anaphylaxis anaphylaxises anaplasia anaplasias anaplasmosis
anaplasmosises anaplasties anaplasty anarchies anarchism anarchisms anarchy anarthria anarthrias
anasarca anasarcas anastalsis anastalsises anastrophe anastrophes anastylosis anastylosises
anathematisation anathematisations anathematization anathematizations anatolian anatolians
anatomicals anatomies anatomy anchorage anchorages anchylosis anchylosises ancientness
ancientnesses androgenesis androgenesises androgenies androgeny androglossia androglossias
androgynies androgyny androphobia androphobias anecdote anecdotes anemia anemias anemographies
anemography anemometries anemometry anencephalia anencephalias anencephalies anencephaly
anergies anergy anesthesia anesthesias anesthesiologies anesthesiology anestrum anestrums
anestrus anestruses aneuploidies aneuploidy aneurism aneurisms aneurysm aneurysms angas angases
angelologies angelology angelus angeluses anger angers angiitis angiitises angina anginas
angioedema angioedemas angiogenesis angiogenesises angiographies angiography angiohemophilia
angiohemophilias angiologies angiology angioma angiomas angiopathies angiopathy angioplasties
angioplasty angiosarcoma angiosarcomas angiotelectasia angiotelectasias anglian anglians
anglicanism anglicanisms anglicisation anglicisations anglicism anglicisms anglicization
anglicizations anglings anglomania anglomanias anglophilia anglophilias anglophobia anglophobias
angriness angrinesses angst angsts anguish anguishes angulation angulations anhedonia anhedonias
anhidrosis anhidrosises anhydrosis anhydrosises anima animadversion animadversions animal
animalisation animalisations animalism animalisms animalities animality animals animas
animateness animatenesses animation animations animatism animatisms animatronics animatronicses
animism animisms animosities animosity animus animuses aniseikonia aniseikonias anisogamies
anisogamy anisometropia anisometropias anisotropies anisotropy ankyloglossia ankyloglossias
ankylosis ankylosises annals annalses annamite annamites annealing annealings annexation
annexations annihilation annihilations annotating annotatings annotation annotations
announcement announcements annoyance annoyances annoyings annulment annulments annwfn annwfns
annwn annwns anoestrum anoestrums anoestrus anoestruses anointing anointings anointment
anointments anomalies anomalousness anomalousnesses anomaly anomia anomias anomie anomies anomy
anonym anonymities anonymity anonyms anopia anopias anorchia anorchias anorchidism anorchidisms
anorchism anorchisms anorexia anorexias anorgasmia anorgasmias anorthographies anorthography
anorthopia anorthopias anosmia anosmias anova anovas anovulation anovulations anoxemia anoxemias
anoxia anoxias answerabilities answerability answerableness answerablenesses antagonism
antagonisms antecedence antecedences antecedencies antecedency antepenult antepenultima
antepenultimas antepenultimates antepenults anteriorities anteriority anthem anthems anthesis
anthesises anthologies anthology anthracosis anthracosises anthrax anthraxes
anthropocentricities anthropocentricity anthropocentrism anthropocentrisms anthropogenesis
anthropogenesises anthropogenies anthropogeny anthropolatries anthropolatry anthropologies
anthropology anthropometries anthropometry anthropomorphism anthropomorphisms anthropophagies
anthropophagy anthroposophies anthroposophy antialiasing antialiasings anticipation
anticipations anticlimax anticlimaxes anticoagulation anticoagulations antics anticyclone
anticyclones antido antidos antiestablishmentarianism antiestablishmentarianisms
antiestablishmentism antiestablishmentisms antifeminism antifeminisms antiferromagnetism
antiferromagnetisms antigram antigrams antilog antilogarithm antilogarithms antilogs antinomasia
antinomasias antinomianism antinomianisms antinomies antinomy antipathies antipathy antiphon
antiphonals antiphonaries antiphonies antiphons antiphony antiphrasis antiphrasises antipodals
antipode antipyresis antipyresises antiredeposition antiredepositions antisemitism antisemitisms
antisepsis antisepsises antistrophe antistrophes antithesis antithesises antitrade antitrades
antitradeses antitype antitypes antonym antonymies antonyms antonymy anuresis anuresises anuria
anurias anxieties anxiety anxiousness anxiousnesses aorist aorists aortitis aortitises apartheid
apartheids apathies apathy apercu apercus aperies apery aphaeresis aphaeresises aphagia aphagias
aphakia aphakias aphasia aphasias apheresis apheresises aphesis aphesises aphonia aphonias
aphorism aphorisms aphrodisia aphrodisias apiculture apicultures aplasia aplasias aplomb aplombs
apnea apneas apocalypse apocalypses apocope apocopes apocrypha apocryphas apogamies apogamy
apologetics apologeticses apologia apologias apologies apologue apologues apology apomixis
apomixises apophasis apophasises apophatism apophatisms apophthegm apophthegms apoplexies
apoplexy apoptosis apoptosises aposiopesis aposiopesises apostasies apostasy apostleship
apostleships apostrophe apostrophes apothegm apothegms appallings apparencies apparency
apparentness apparentnesses appeal appealingness appealingnesses appeals appearance appearances
appearings appeasement appeasements appellation appellations appellatives appendectomies
appendectomy appendicectomies appendicectomy appendicitis appendicitises appendix appendixes
apperception apperceptions appetence appetences appetencies appetency appetisingness
appetisingnesses appetite appetites appetizingness appetizingnesses applause applauses applecart
applecarts applet applets applicabilities applicability application applications appoggiatura
appoggiaturas appointment appointments apportionings apportionment apportionments appositeness
appositenesses apposition appositions appraisal appraisals appreciation appreciations
appreciativeness appreciativenesses apprehension apprehensions apprehensiveness
apprehensivenesses apprenticeship apprenticeships apprisal apprisals appro approachabilities
approachability approachings approbation approbations appropriateness appropriatenesses appros
approval approvals approvings approximation approximations apraxia apraxias aptitude aptitudes
aptness aptnesses aqua aquaculture aquacultures aquaphobia aquaphobias aquas aquatics aquaticses
aquiculture aquicultures arabesque arabesques arabics arabilities arability arachnophobia
arachnophobias aramaics arbitrage arbitrages arbitrament arbitraments arbitrariness
arbitrarinesses arbitration arbitrations arbitrement arbitrements arboriculture arboricultures
arborolatries arborolatry arc arcadic arcadics arcanum arcanums arccos arccosecant arccosecants
arccoses arccosine arccosines arccotangent arccotangents archaeologies archaeology archaicism
archaicisms archaism archaisms archeologies archeology archeries archery archetype archetypes
archidiaconate archidiaconates architectonics architectonicses archives archiveses archness
archnesses arcs arcsec arcsecant arcsecants arcsecs arcsin arcsine arcsines arcsins arctan
arctangent arctangents arctans ardor ardors ardour ardours ards ardses arduousness arduousnesses
areflexia areflexias arena arenas argot argots arguings argument argumentation argumentations
arguments aria arianism arianisms arias aridities aridity aridness aridnesses arietta ariettas
arioso ariosos aristotelianism aristotelianisms arithmancies arithmancy arithmetic arithmetics
arities arity armageddon armageddons armband armbands armings arminianism arminianisms armistice
armistices armories armory armouries armoury aroma aromas aromatherapies aromatherapy arousal
arousals arpeggio arpeggios arraignment arraignments arrangement arrangements arrangings arrears
arrearses arrhythmia arrhythmias arrival arrivals arrivederci arrivedercis arrogance arrogances
arrogation arrogations arrow arrows arson arsons artefact artefacts arteriectasia arteriectasias
arteriectasis arteriectasises arteriographies arteriography arteriolosclerosis
arteriolosclerosises arteriosclerosis arteriosclerosises arteritis arteritises artfulness
artfulnesses arthralgia arthralgias arthritis arthritises arthrocentesis arthrocentesises
arthrodesis arthrodesises arthrographies arthrography arthropathies arthropathy arthroplasties
arthroplasty arthroscopies arthroscopy article articles articulateness articulatenesses
articulation articulations artifact artifacts artifice artifices artificialities artificiality
artistries artistry artlessness artlessnesses arts artsd artsds artses artwork artworks arulo
arulos asamiya asamiyas asana asanas asbestosis asbestosises ascariasis ascariasises ascendance
ascendances ascendancies ascendancy ascendants ascendence ascendences ascendencies ascendency
ascendents ascendings ascesis ascesises asceticism asceticisms ascii asciis ascites asciteses
ascription ascriptions asepsis asepsises asexualities asexuality asgard asgards asides
asininities asininity askings asl asls aspect aspects aspergillosis aspergillosises asperities
asperity aspersion aspersions asphyxia asphyxias asphyxiation asphyxiations aspirate aspirates
aspiration aspirations assailabilities assailability assassination assassinations assault
assaults assay assays assembler assemblers assemblings assent assentings assents assertion
assertions assertiveness assertivenesses assessment assessments asset asseveration asseverations
assibilation assibilations assiduities assiduity assiduousness assiduousnesses assignation
assignations assignings assignment assignments assimilation assimilations assistance assistances
assize associabilities associability associableness associablenesses associateship
associateships associationism associationisms assonance assonances assuagement assuagements
assumption assumptions assurance assurances assuredness assurednesses assyriologies assyriology
astasia astasias astereognosis astereognosises asterisk asterisks asthenia asthenias asthenies
asthenopia asthenopias astheny asthma asthmas astigmatism astigmatisms astigmia astigmias
astonishment astonishments astraphobia astraphobias astringence astringences astringencies
astringency astrobiologies astrobiology astrodynamics astrodynamicses astrolatries astrolatry
astrologies astrology astrometries astrometry astronautics astronauticses astronavigation
astronavigations astronomies astronomy astrophysics astrophysicses astuteness astutenesses
asymmetries asymmetry asynchronies asynchronism asynchronisms asynchrony asynclitism
asynclitisms asyndeton asyndetons asynergia asynergias asynergies asynergy asystole asystoles
atakapan atakapans ataraxia ataraxias ataraxis ataraxises atavism atavisms ataxia ataxias
ataxies ataxy atayalic atayalics atelectasis atelectasises ateleiosis ateleiosises ateliosis
ateliosises athabascan athabascans athanasianism athanasianisms atheism atheisms atherogenesis
atherogenesises atherosclerosis atherosclerosises athetosis athetosises athleticism athleticisms
athletics athleticses atlantis atlantises atlas atlases atmosphere atmospheres atmospherics
atmosphericses atomisation atomisations atomism atomisms atomization atomizations atonalism
atonalisms atonalities atonality atonia atonias atonicities atonicity atonies atony atopies
atopognosia atopognosias atopognosis atopognosises atopy atresia atresias atrociousness
atrociousnesses atrocities atrocity atrophedema atrophedemas atrophies atrophy attacapa
attacapas attachment attachments attainabilities attainability attainableness attainablenesses
attainder attainders attainment attainments attendance attendances attendings attention
attentions attentiveness attentivenesses attenuation attenuations attestation attestations
attitude attitudes attorneyship attorneyships attraction attractions attractiveness
attractivenesses attribution attributions attrition attritions atypicalities atypicality auction
auctions audaciousness audaciousnesses audacities audacity audibilities audibility audibleness
audiblenesses audibles audio audiologies audiology audiometries audiometry audios augmentation
augmentations auguries augury aura auras aureole aureoles auscultation auscultations auspice
auspices auspiceses auspiciousness auspiciousnesses austereness austerenesses austerities
austerity autarchies autarchy autarkies autarky authentication authentications authenticities
authenticity authorisation authorisations authority authorization authorizations authorship
authorships autism autisms autobiographies autobiography autocatalysis autocatalysises
autochthonies autochthony autoeroticism autoeroticisms autoerotism autoerotisms autofluorescence
autofluorescences autogamies autogamy autogenesis autogenesises autogenics autogenicses
autogenies autogeny autograph autographs autoimmunities autoimmunity autolatries autolatry
autolysis autolysises automation automations automatism automatisms automysophobia
automysophobias autonomies autonomy autopilot autopilots autopsies autopsy autoradiographies
autoradiography autoregulation autoregulations autosexing autosexings autosuggestion
autosuggestions autotelism autotelisms autotomies autotomy autotype autotypes autotypies
autotypy auxesis auxesises availabilities availability availableness availablenesses avalanche
avalanches avarice avarices avariciousness avariciousnesses avaritia avaritias avenue avenues
averageness averagenesses averment averments aversion aversions avertings avestans avidities
avidity avidness avidnesses avionics avionicses avitaminosis avitaminosises avocation avocations
avoidance avoidances avouchment avouchments avowal avowals avulsion avulsions awakenings award
awardings awards awareness awarenesses awayness awaynesses awe awes awfulness awfulnesses
awkwardness awkwardnesses axiologies axiology axiom axioms axis axises ayin ayins azotaemia
azotaemias azotemia azotemias azoturia azoturias aztecan aztecans azures azymia azymias baa
babbitting babbittings babblings babel babels babinski babinskis babysitting babysittings
babytalk babytalks baccalaureate baccalaureates baccarat baccarats bacchanalia bacchanalias bach
baches backache backaches backbeat backbeats backbend backbends backblast backblasts backbone
backbones backchat backchats backdoor backdoors backdown backdowns backfire backfires backflow
backflowing backflowings backflows backgammon backgammons background backgrounder backgrounders
backgrounding backgroundings backgrounds backhander backhanders backhands backings backlash
backlashes backpacking backpackings backseat backseats backsliding backslidings backspin
backspins backstroke backstrokes backtalk backtalks backup backups backwardness backwardnesses
backwash backwashes bacteremia bacteremias bacteriaemia bacteriaemias bacteriemia bacteriemias
bacteriologies bacteriology bacteriolysis bacteriolysises bacteriostasis bacteriostasises bade
bades badge badgerings badges badinage badinages badminton badmintons badness badnesses bads
baedeker baedekers bafflement bafflements bagascosis bagascosises bagassosis bagassosises
bagatelle bagatelles bahaism bahaisms bahasa bahasas bai baic baics bailiffship bailiffships
bailment bailments bais bait baitings baits bakings balagan balagans balance balances balancings
balanitis balanitises balanoposthitis balanoposthitises balderdash balderdashes baldness
baldnesses balefire balefires balefulness balefulnesses balinese balineses balkiness balkinesses
ballad ballade ballades ballads ballet balletomania balletomanias ballets ballgame ballgames
ballistics ballisticses ballistocardiogram ballistocardiograms ballooning balloonings ballot
balloting ballotings ballots ballottement ballottements ballup ballups ballyhoo ballyhoos
balminess balminesses balochi balochis baloney baloneys baltics baluchi baluchis bam bams
banalities banality bandaging bandagings bandings banditries banditry bandwagon bandwagons bane
bangings bangla banglas banishment banishments bankings bankruptcies bankruptcy banning bannings
banns bannses banqueting banquetings banter banters banzai banzais baptism baptisms barb
barbarisation barbarisations barbarism barbarisms barbarities barbarity barbarization
barbarizations barbarousness barbarousnesses barbecuings barbs barcarole barcaroles barcarolle
barcarolles bardolatries bardolatry bareboating bareboatings bareness barenesses bargain
bargaining bargainings bargains barings barish barishes baronetcies baronetcy baroqueness
baroquenesses baroques barracking barrackings barrage barrages barratries barratry barrenness
barrennesses barring barrings barter barters baseball baseballs baseline baselines baseness
basenesses bash bashes bashfulness bashfulnesses basics basicses basis basises basketball
basketballs basketries basketry basophilia basophilias bass basses bastardies bastardisation
bastardisations bastardization bastardizations bastardy basuto basutos bata batas bathings
bathos bathoses bathymetries bathymetry batrachomyomachia batrachomyomachias batterings batting
battings battle battles battue battues bauble baubles bauhaus bauhauses bawdies bawdiness
bawdinesses bawdries bawdry bawlings bayat bayats bd bds beacon beacons beagling beaglings beam
beams beanball beanballs beaner beaners beano beanos bearings beast beastliness beastlinesses
beasts beatification beatifications beatings beatitude beatitudes beaut beauteousness
beauteousnesses beauties beautification beautifications beauts beauty bebop bebops beck becks
becomingness becomingnesses bedevilment bedevilments bedlam bedlams bedrest bedrests bedsore
bedsores beekeeping beekeepings beep beeps beethoven beethovens befooling befoolings befoulment
befoulments befuddlement befuddlements beggaries beggary begging beggings beginning beginnings
beguilement beguilements behalf behalfs behavior behaviorism behaviorisms behaviors behaviour
behaviourism behaviourisms behaviours beheadings behest behests behmenism behmenisms beholdings
beiges beingness beingnesses beings belarusians belch belches belching belchings beleaguering
beleaguerings belief beliefs believabilities believability believings belittlings bellicoseness
bellicosenesses bellicosities bellicosity belligerence belligerences belligerencies belligerency
belling bellings bellowings bellyache bellyaches bellyful bellyfuls bemusement bemusements
benchmark benchmarks bendabilities bendability bendings bendses benediction benedictions
beneficence beneficences beneficiation beneficiations benevolence benevolences benignancies
benignancy benignities benignity benison benisons bents beratings berceuse berceuses bereavement
bereavements beriberi beriberis berit berith beriths berits berth berths besiegings bestialities
bestiality bestiaries bestiary bestowal bestowals bests bestseller bestsellers beta betas beth
beths betise betises betrayal betrayals betrothal betrothals betterment betterments bewilderment
bewilderments bewitcheries bewitchery bewitchment bewitchments bezique beziques bhakti bhaktis
bias biases bible bibles bibliographies bibliography bibliolatries bibliolatry bibliomania
bibliomanias bibliotics biblioticses bickering bickerings bicycling bicyclings bidding biddings
biff biffs bigamies bigamy bighead bigheads bigheartedness bigheartednesses bigness bignesses
bigotries bigotry bigram bigrams bihari biharis bilabials bilateralism bilateralisms
bilateralities bilaterality bilgewater bilgewaters bilharzia bilharzias bilharziasis
bilharziasises bilingualism bilingualisms biliousness biliousnesses bill billet billets
billiards billiardses billings billingsgate billingsgates billionths bills bimonthlies bindings
binge binges bingle bingles bingo bingos binomials bioassay bioassays bioattack bioattacks
biochemistries biochemistry bioclimatologies bioclimatology biodefence biodefences biodefense
biodefenses biodiversities biodiversity bioelectricities bioelectricity bioengineering
bioengineerings bioethics bioethicses biofeedback biofeedbacks biogenesis biogenesises biogenies
biogeny biogeographies biogeography biographies biography biohazard biohazards biologies
biologism biologisms biology bioluminescence bioluminescences biomedicine biomedicines
biometrics biometricses biometries biometry bionics bionicses bionomics bionomicses biont bionts
biophysics biophysicses biopiracies biopiracy biopsies biopsy bioremediation bioremediations
biosafeties biosafety bioscience biosciences biostatistics biostatisticses biosynthesis
biosynthesises biosystematics biosystematicses biosystematies biosystematy biotech bioteches
biotechnologies biotechnology bioterrorism bioterrorisms bipedalism bipedalisms birdcall
birdcalls birdnesting birdnestings birdsong birdsongs birefringence birefringences birling
birlings birthing birthings birthmark birthmarks birthright birthrights bise bisection
bisections bises bisexualities bisexuality bishopries bishopry bitch bitcheries bitchery bitches
bitchiness bitchinesses bitterness bitternesses bivouacking bivouackings biweeklies biz
bizarreness bizarrenesses bize bizes blackball blackballs blackenings blackheart blackhearts
blacklist blacklists blackmail blackmails blackness blacknesses blacks blackwash blackwashes
blackwater blackwaters blah blahs blahses blain blains blamelessness blamelessnesses
blameworthiness blameworthinesses blandishment blandishments blandness blandnesses blankness
blanknesses blanks blare blares blaring blarings blarney blarneys blasphemies blasphemy
blastocytoma blastocytomas blastoff blastoffs blastogenesis blastogenesises blastoma blastomas
blastomycosis blastomycosises blatancies blatancy blather blathers blatherskite blatherskites
blaxploitation blaxploitations blaze blazes blazings bleach bleaches bleakness bleaknesses
bleedings bleep bleeps blemish blemishes blendings blepharism blepharisms blepharitis
blepharitises blepharospasm blepharospasms blessedness blessednesses blessings blether blethers
blight blights blindness blindnesses blinkings blip blips bliss blisses blissfulness
blissfulnesses blisterings blitheness blithenesses blitt blitts blitz blitzes blitzkrieg
blitzkriegs blizzard blizzards bloat bloats blockade blockades blockage blockages blockings blog
blogs blondness blondnesses bloodbath bloodbaths bloodguilt bloodguilts bloodiness bloodinesses
bloodletting bloodlettings bloodlust bloodlusts bloodshed bloodsheds bloodstain bloodstains
bloodthirstiness bloodthirstinesses bloomings blooper bloopers blossomings blot blotch blotches
blots blow blowback blowbacks blowings blowjob blowjobs blowout blowouts blows blowup blowups
blueness bluenesses blueprint blueprints blues blueses bluetongue bluetongues bluffness
bluffnesses blunder blunders bluntness bluntnesses blur blurb blurbs blurriness blurrinesses
blurs bluster blusters bmi bmis bmr bmrs bmus bmuses bns bnses boardings boastfulness
boastfulnesses boastings boating boatings boatmanship boatmanships bobble bobbles bobsledding
bobsleddings bocce bocces bocci boccie boccies boccis bodings bodoni bodonis bodybuilding
bodybuildings boehmenism boehmenisms bohemianism bohemianisms boilerplate boilerplates boilings
boisterousness boisterousnesses bokkos bokkoses bokmaal bokmaals bokmal bokmals bolanci bolancis
boldface boldfaces boldness boldnesses bolds bolero boleros bolide bolides bolivia bolivias
boloney boloneys bolt bolts bombardment bombardments bombast bombasts bombilation bombilations
bombination bombinations bombings bond bondage bondages bondings bonds boner boners bonfire
bonfires bong bongs bonheur bonheurs bonhomie bonhomies boniness boninesses bonus bonuses
bonyness bonynesses boogie boogies book bookbinding bookbindings booking bookings bookishness
bookishnesses bookkeeping bookkeepings booklet booklets bookplate bookplates books boon
boondoggle boondoggles boons boorishness boorishnesses bootlegging bootleggings boozing boozings
bopeep bopeeps boreas boreases boredom boredoms boringness boringnesses borings borrowings bosh
boshes bosie bosies bosom bosoms bossism bossisms botch botches botheration botherations
bottomlessness bottomlessnesses botulism botulisms bouffe bouffes bounciness bouncinesses
bouncings boundedness boundednesses boundlessness boundlessnesses bounteousness bounteousnesses
bountifulness bountifulnesses boustrophedon boustrophedons bouyei bouyeis bowdlerisation
bowdlerisations bowdlerism bowdlerisms bowdlerization bowdlerizations bowings bowling bowlings
bowls bowlses boxings boyishness boyishnesses bph bphs bpi bpis brachiation brachiations
brachycephalies brachycephalism brachycephalisms brachycephaly brachydactylia brachydactylias
brachydactylies brachydactyly brackishness brackishnesses bradycardia bradycardias braggadocio
braggadocios braggings brahmi brahmis brahms brahmses braille brailles brainpower brainpowers
brainstorm brainstorming brainstormings brainstorms brainwashing brainwashings brainwave
brainwaves braising braisings branchings brand brandings brands brashness brashnesses bravado
bravados braveness bravenesses braveries bravery bravura bravuras brawl brawls brawn brawniness
brawninesses brawns bray brays brazenness brazennesses breadth breadths breakabilities
breakability breakableness breakablenesses breakaway breakaways breakdown breakdowns breakers
breakerses breakings breakout breakouts breakthrough breakthroughs breakup breakups breaststroke
breaststrokes breath breathings breathlessness breathlessnesses breaths breedings breeze breezes
breeziness breezinesses breve breves brevet brevets breviaries breviary brevities brevity
brewing brewings briberies bribery bricklaying bricklayings bridals briefing briefings briefness
briefnesses brightness brightnesses brilliance brilliances brilliancies brilliancy bringings
brininess brininesses brinkmanship brinkmanships brio brios bris brisance brisances brises
briskness brisknesses briss brisses bristliness bristlinesses brith briths briticism briticisms
britishism britishisms brittanic brittanics brittleness brittlenesses broadcast broadcasting
broadcastings broadcasts broadenings broadness broadnesses broadsheet broadsheets broadside
broadsides brobdingnag brobdingnags brochure brochures broilings brokenheartedness
brokenheartednesses bronchiolitis bronchiolitises bronchitis bronchitises bronchopneumonia
bronchopneumonias bronchospasm bronchospasms broodings brotherhood brotherhoods brouhaha
brouhahas brownings brownness brownnesses brownout brownouts browns browsing browsings
brucellosis brucellosises brunt brunts brushings brushup brushups brushwork brushworks
brusqueness brusquenesses brutalisation brutalisations brutalities brutality brutalization
brutalizations bruxism bruxisms brythonic brythonics bs bsarch bsarches bse bses bubbliness
bubblinesses bubo bubos buccaneering buccaneerings buddings buffetings buffooneries buffoonery
buggeries buggery bugginess bugginesses bugologies bugology buildup buildups bulginess
bulginesses bulimarexia bulimarexias bulimia bulimias bulk bulkiness bulkinesses bulks bulletin
bulletins bullfighting bullfightings bullheadedness bullheadednesses bullyings bumf bumfs bummer
bummers bumph bumphs bumpiness bumpinesses bumptiousness bumptiousnesses bunce bunces bunco
buncombe buncombes buncos bundlings bunfight bunfights bungle bungles bunion bunions bunko
bunkos bunkum bunkums bunt bunts buoy buoyancies buoyancy buoys bura buras burden burdens
burdensomeness burdensomenesses burglaries burglary burial burials burlesques burnabilities
burnability burnings burnish burnishes burnup burnups burp burping burpings burps bursitis
bursitises buryings bushido bushidos buss busses busyness busynesses busywork busyworks
butcherings buxomness buxomnesses buyback buybacks buyi buyings buyis buyout buyouts buzzword
buzzwords bw bws bye byes bylaw bylaws byname bynames byplay byplays byproduct byproducts byword
bywords byzantinism byzantinisms cabala cabalas cabalism cabalisms cabbala cabbalah cabbalahs
cabbalas cabg cabgs cabinetmaking cabinetmakings cabinetries cabinetry cable cablegram
cablegrams cables cabotage cabotages cachet cachets cachexia cachexias cachexies cachexy
cachinnation cachinnations cacoethes cacoetheses cacogenesis cacogenesises cacogenics
cacogenicses cacographies cacography cacophonies cacophony cadaster cadasters cadastre cadastres
caddoan caddoans cadence cadences cadencies cadency cadenza cadenzas cadetship cadetships
caduceus caduceuses caenogenesis caenogenesises caesareans caesarians caesaropapism
caesaropapisms caffeinism caffeinisms cahoot cahoots cainogenesis cainogenesises cairn cairns
cajoleries cajolery cakewalk cakewalks calamities calamity calcification calcifications
calcination calcinations calculation calculations calefaction calefactions caliber calibers
calibration calibrations calibre calibres calisthenics calisthenicses callback callbacks
calligraphies calligraphy callings callisthenics callisthenicses callosectomies callosectomy
callosities callosity callosotomies callosotomy callousness callousnesses callowness
callownesses callus calluses calmings calmness calmnesses calorimetries calorimetry calque
calques calumniation calumniations calumnies calumny calvaries calvary calving calvings
calvinism calvinisms camaraderie camaraderies camelpox camelpoxes campaign campaignings
campaigns campfire campfires camping campings canaanitic canaanitics canalisation canalisations
canalization canalizations canard canards canasta canastas cancan cancans cancellation
cancellations cancer cancers cancroids candidacies candidacy candidature candidatures
candidiasis candidiasises candidness candidnesses candlelight candlelights candlepins
candlepinses candlepower candlepowers candor candors candour candours canfield canfields canker
cankers cannibalism cannibalisms cannonade cannonades cannulation cannulations cannulisation
cannulisations cannulization cannulizations canon canonisation canonisations canonization
canonizations canons cant cantata cantatas canter canters canticle canticles cantillation
cantillations canto cantonese cantoneses cantos cants canulation canulations canulisation
canulisations canulization canulizations canvassings capabilities capability capableness
capablenesses capaciousness capaciousnesses capacitance capacitances capacities capacity
capillarities capillarity capitalisation capitalisations capitalization capitalizations
capitulation capitulations capriccio capriccios caprice caprices capriciousness capriciousnesses
capriole caprioles capsizing capsizings capstone capstones captaincies captaincy captainship
captainships caption captions captivation captivations captivities captivity caravanning
caravannings carbonation carbonations carbonisation carbonisations carbonization carbonizations
carcinoid carcinoids carcinoma carcinomas carcinosarcoma carcinosarcomas cardinalship
cardinalships cardiogram cardiograms cardiographies cardiography cardiologies cardiology
cardiomegalies cardiomegaly cardiomyopathies cardiomyopathy cardiopathies cardiopathy
cardiospasm cardiospasms carditis carditises cards cardses career careerism careerisms careers
carefreeness carefreenesses carefulness carefulnesses carelessness carelessnesses caressings
caret carets caries carieses carings carjacking carjackings carmines carnage carnages
carnalities carnality carnival carnivals carol caroling carolings carols carom caroms
carotenemia carotenemias carousal carousals carouse carouses carpentries carpentry carping
carpings cartage cartages carte cartilaginification cartilaginifications cartings cartographies
cartography cartoon cartoons case casebooks cases casework caseworks cassino cassinos cassite
cassites caste castigation castigations castilian castilians castling castlings castration
castrations castroism castroisms casualness casualnesses casuistries casuistry catabiosis
catabiosises catabolism catabolisms catachresis catachresises cataclysm cataclysms catalectics
catalepsies catalepsy catalexis catalexises catalog catalogs catalogue catalogues catalysis
catalysises catamenia catamenias cataphasia cataphasias cataphatism cataphatisms cataphoresis
cataphoresises cataplasia cataplasias cataract cataracts catarrh catarrhs catastrophe
catastrophes catatonia catatonias catcall catcalls catchings catchphrase catchphrases catchword
catchwords catechesis catechesises catechism catechisms categorem categoreme categoremes
categorems caterings caterwaul caterwauls catharism catharisms catharsis catharsises
catheterisation catheterisations catheterization catheterizations cathexis cathexises
catholicism catholicisms catholicities catholicity catnap catnaps catoptrics catoptricses
cattiness cattinesses causa causalgia causalgias causalities causality causas causation
causations causerie causeries causings cauterisation cauterisations cauterization cauterizations
caution cautions cautiousness cautiousnesses caveat caveats cavil cavils cbc cbcs cbr cbrs
ceaselessness ceaselessnesses cebuano cebuanos cecities cecity cedilla cedillas ceding cedings
ceilidh ceilidhs celebration celebrations celerities celerity celibacies celibacy celiocentesis
celiocentesises celioma celiomas celioscopies celioscopy cellularities cellularity cellulitis
cellulitises celtics cenogenesis cenogenesises censoring censorings censorship censorships
censure censures census censuses centerfold centerfolds centerings centerpiece centerpieces
centesis centesises centile centiles centralisation centralisations centralism centralisms
centralities centrality centralization centralizations centrefold centrefolds centrepiece
centrepieces centrifugation centrifugations centrism centrisms cephalalgia cephalalgias
cephalhematoma cephalhematomas cephalitis cephalitises cephalohematoma cephalohematomas
cephalometries cephalometry cer ceramics ceramicses cerebration cerebrations cerebromeningitis
cerebromeningitises ceremonials ceremonies ceremoniousness ceremoniousnesses ceremony cerises
cers cert certainties certainty certificate certificates certification certifications certiorari
certioraris certitude certitudes certs ceruleans cervicitis cervicitises cesareans cesarians
cessation cessations cession cessions chadic chadics chafings chaga chagas chagatai chagatais
chagga chaggas chagrin chagrins chahta chahtas chairmanship chairmanships chalazion chalazions
champerties champerty championship championships chance chancellorship chancellorships chances
chancre chancres chancroid chancroids changeabilities changeability changeableness
changeablenesses changefulness changefulnesses changelessness changelessnesses changeover
changeovers channel channelisation channelisations channelization channelizations channelses
chanoyu chanoyus chantey chanteys chanties chantings chanty chaos chaoses chaplaincies
chaplaincy chaplainship chaplainships chapter chapters characterisation characterisations
characteristic characteristics characterization characterizations charade charades charadeses
chariness charinesses charisma charismas charitableness charitablenesses charivari charivaris
charlatanism charlatanisms charleston charlestons charm charms chart charter charters chartism
chartisms charts charybdis charybdises chasidism chasidisms chasse chasses chassidism
chassidisms chasteness chastenesses chastening chastenings chastisement chastisements chastities
chastity chatroom chatrooms chatterings chauvinism chauvinisms cheapness cheapnesses cheatings
checkers checkerses checklist checklists checkmate checkmates checkout checkouts checksum
checksums checkup checkups cheekiness cheekinesses cheep cheeps cheer cheerfulness
cheerfulnesses cheering cheerings cheerio cheerios cheerlessness cheerlessnesses cheers
cheilitis cheilitises cheiloschisis cheiloschisises cheilosis cheilosises chelation chelations
cheloid cheloids chemakuan chemakuans chemakum chemakums chemiluminescence chemiluminescences
chemisorption chemisorptions chemistries chemistry chemoimmunologies chemoimmunology chemosis
chemosises chemosorption chemosorptions chemosurgeries chemosurgery chemosynthesis
chemosynthesises chemotaxis chemotaxises chemotherapies chemotherapy cherokee cherokees chevron
chevrons chewings cheyenne cheyennes chi chiasmus chiasmuses chicago chicagos chicaneries
chicanery chickenpox chickenpoxes chickenshit chickenshits chicness chicnesses chics chidings
chieftaincies chieftaincy chieftainship chieftainships chilblain chilblains chilblainses
childbearings childbed childbeds childbirth childbirths childcare childcares childishness
childishnesses childlessness childlessnesses chiliasm chiliasms chill chiller chillers
chilliness chillinesses chillings chills chimwini chimwinis chineses chingpo chingpos chinook
chinookan chinookans chinooks chippewaian chippewaians chippewyan chippewyans chipping chippings
chiralgia chiralgias chirographies chirography chirologies chirology chiromancies chiromancy
chiropodies chiropody chiropractic chiropractics chirpiness chirpinesses chirrup chirrups chis
chishona chishonas chitchat chitchats chivalries chivalry chivaree chivarees chiwere chiweres
chlamydia chlamydias chloasma chloasmas chlorination chlorinations chlorosis chlorosises choice
choiceness choicenesses choices chokehold chokeholds chokings cholangiographies cholangiography
cholangitis cholangitises cholecystectomies cholecystectomy cholecystitis cholecystitises
cholelithiasis cholelithiasises cholelithotomies cholelithotomy choler cholera choleras cholers
cholestasis cholestasises chomp chomping chompings chomps chondrodystrophies chondrodystrophy
chondroma chondromas chondrosarcoma chondrosarcomas chopin chopins chopper choppers choppiness
choppinesses chorale chorales chorals chorditis chorditises chore chorea choreas choreographies
choreography chores choriomeningitis choriomeningitises chorioretinitis chorioretinitises chorus
choruses chrestomathies chrestomathy christening christenings christianisation christianisations
christianities christianity christianization christianizations christologies christology chroma
chromaesthesia chromaesthesias chromas chromaticities chromaticity chromatism chromatisms
chromatographies chromatography chromesthesia chromesthesias chromoblastomycosis
chromoblastomycosises chromolithographies chromolithography chronologies chronology
chrysotherapies chrysotherapy chubbiness chubbinesses chumminess chumminesses chunking chunkings
chutzpa chutzpah chutzpahs chutzpas chyloderma chylodermas ciao ciaos cicatrice cicatrices
cicatrix cicatrixes cinch cinches cinema cinemas cinematographies cinematography cipher ciphers
circularisation circularisations circularities circularity circularization circularizations
circulars circulation circulations circumduction circumductions circumference circumferences
circumflex circumflexes circumlocution circumlocutions circumnavigation circumnavigations
circumscription circumscriptions circumspection circumspections circumstance circumstances
circumstanceses circumvention circumventions circumvolution circumvolutions cirrhosis
cirrhosises citation citations citizenship citizenships cityscape cityscapes civics civicses
civilisation civilisations civilities civility cjd cjds clack clacks cladistics cladisticses
clairvoyance clairvoyances clamminess clamminesses clamorings clamour clamouring clamourings
clamours clampdown clampdowns clanger clangers clangor clangoring clangorings clangors clangour
clangours clannishness clannishnesses clapping clappings claptrap claptraps claret clarets
clarification clarifications clarities clarity clash clashes classicalism classicalisms
classicals classicism classicisms classics classicses classification classifications classifieds
classwork classworks claudication claudications clause clauses claustrophobia claustrophobias
clavus clavuses clawback clawbacks clawfoot clawfoots cleanings cleanliness cleanlinesses
cleanness cleannesses cleansing cleansings clearance clearances clearcutness clearcutnesses
clearness clearnesses cleavage cleavages clef clefs cleistogamies cleistogamy clemencies
clemency clericalism clericalisms clerihew clerihews clerking clerkings clerkship clerkships
cleverness clevernesses cli cliche cliches clientage clientages cliffhanger cliffhangers climate
climates climatologies climatology climax climaxes climbings clime climes clincher clinchers
clinocephalies clinocephalism clinocephalisms clinocephaly clinodactylies clinodactyly clipping
clippings cliquishness cliquishnesses clis clitoridectomies clitoridectomy cloning clonings
clonus clonuses clop clopping cloppings clops closedown closedowns closeness closenesses
closeout closeouts closings closure closures clotting clottings cloture clotures cloud
cloudburst cloudbursts cloudiness cloudinesses cloudings cloudlessness cloudlessnesses clouds
clout clouts clowning clownings clubbing clubbings clubfoot clubfoots cluckings clue clues
clumping clumpings clumsiness clumsinesses clunk clunking clunkings clunks clutcheses clutter
clutters clyster clysters cmb cmbr cmbrs cmbs coachings coaction coactions coagulation
coagulations coalescence coalescences coalescencies coalescency coarctation coarctations
coarseness coarsenesses coaxings cobblers cobblerses cobbling cobblings cobol cobols
coccidioidomycosis coccidioidomycosises coccidiomycosis coccidiomycosises coccidiosis
coccidiosises cockaigne cockaignes cockfight cockfighting cockfightings cockfights cockiness
cockinesses cocksureness cocksurenesses cockup cockups cocooning cocoonings coda codas code
codes codex codexes codicil codicils codification codifications codings codswallop codswallops
coeducation coeducations coercion coercions coexistence coexistences coextension coextensions
cogencies cogency cogitation cogitations cognation cognations cognisance cognisances cognition
cognitions cognizance cognizances cognomen cognomens cohabitation cohabitations coherence
coherences coherencies coherency cohesion cohesions cohesiveness cohesivenesses coincidence
coincidences coition coitions coitus coituses coldheartedness coldheartednesses coldness
coldnesses colds colic colics colitis colitises collaboration collaborationism collaborationisms
collaborations collectings collectivisation collectivisations collectivization collectivizations
colligation colligations collimation collimations collision collisions collocation collocations
colloquialism colloquialisms colloquy colloquys collotype collotypes collusion collusions
collywobbles collywobbleses colonialism colonialisms colonics colonisation colonisations
colonization colonizations colonoscopies colonoscopy color coloration colorations colorcast
colorcasts colorimetries colorimetry colorlessness colorlessnesses colostomies colostomy
colouration colourations colourcast colourcasts colourlessness colourlessnesses colpitis
colpitises colpocele colpoceles colpocystitis colpocystitises colpocystocele colpocystoceles
colpoxerosis colpoxerosises columniation columniations coma comas comatoseness comatosenesses
combat combativeness combativenesses combats combings combinings combustibilities combustibility
combustibleness combustiblenesses combustion combustions comeback comebacks comedies comedown
comedowns comedy comeliness comelinesses comeupance comeupances comeuppance comeuppances comfort
comfortableness comfortablenesses comicalities comicality comings comint comints comities comity
comma command commanderies commandership commanderships commandery commandment commandments
commands commas commemoration commemorations commendation commendations commensalism
commensalisms commensurateness commensuratenesses comment commentaries commentary comments
commerce commerces commercialisation commercialisations commercialism commercialisms
commercialization commercializations commercials commination comminations commiseration
commiserations commissionings commitment commitments committal committals committedness
committednesses commixture commixtures commodiousness commodiousnesses commonness commonnesses
commonplaceness commonplacenesses commonplaces commonweal commonweals commotion commotions
communalism communalisms communicatings communication communications communicationses
communicativeness communicativenesses communion communions communique communiques communisation
communisations communization communizations commutabilities commutability commutation
commutations commutings comp compaction compactions compactness compactnesses companionabilities
companionability companionableness companionablenesses companionship companionships
comparabilities comparability comparatives comparings comparison comparisons
compartmentalisation compartmentalisations compartmentalization compartmentalizations compassion
compassionateness compassionatenesses compassions compatibilities compatibility compendium
compendiums competence competences competencies competency competition competitions
competitiveness competitivenesses compilation compilations compilings complacence complacences
complacencies complacency complaint complaints complaisance complaisances complement
complementaries complementarities complementarity complementation complementations complements
completeness completenesses completion completions complexes complexion complexions complexities
complexity complexness complexnesses compliance compliances compliancies compliancy
complicatedness complicatednesses complication complications complicities complicity compliment
complimentses component components comportment comportments composings composite compositeness
compositenesses composites composition compositions composure composures compoundings
comprehensibilities comprehensibility comprehension comprehensions comprehensiveness
comprehensivenesses comprehensives compressibilities compressibility compressings compression
compressions compromise compromises comps comptrollership comptrollerships compulsion
compulsions compulsiveness compulsivenesses compulsivities compulsivity compunction compunctions
computation computations computerization computerizations computings comradeliness
comradelinesses comraderies comradery comradeship comradeships comstockeries comstockery comtism
comtisms con concatenation concatenations concaveness concavenesses concealings concealment
concealments concedings conceit conceitedness conceitednesses conceits conceivabilities
conceivability conceivableness conceivablenesses concentration concentrations concentricities
concentricity concept conception conceptions concepts conceptualisation conceptualisations
conceptualism conceptualisms conceptualities conceptuality conceptualization conceptualizations
concert concerto concertos concerts concession concessions conchologies conchology conciliation
conciliations conciseness concisenesses concision concisions conclusion conclusions
conclusiveness conclusivenesses concomitance concomitances concomitants concord concordance
concordances concordat concordats concords concreteness concretenesses concretion concretions
concretism concretisms concubinage concubinages concupiscence concupiscences concurrence
concurrences concurrencies concurrency concussion concussions condemnation condemnations
condensation condensations condensings condescendingness condescendingnesses condescension
condescensions condition conditionalities conditionality conditioner conditioners conditionings
conditionses condolence condolences condonation condonations conductance conductances
conductings conduction conductions conductivities conductivity confab confabs confabulation
confabulations confederation confederations conferment conferments conferral conferrals
confession confessions confidence confidences confidentialities confidentiality configuration
configurationism configurationisms configurations confinement confinements confineses
confirmation confirmations confiscation confiscations conflagration conflagrations conflict
conflicts conflux confluxes conformance conformances conformism conformisms conformities
conformity confrontation confrontations confucianism confucianisms confusedness confusednesses
confusion confusions confutation confutations conga congas congealment congealments congelation
congelations congenialities congeniality congenialness congenialnesses congestion congestions
conglutination conglutinations congratulation congratulations congratulationses congregatings
congregationalism congregationalisms congruence congruences congruities congruity congruousness
congruousnesses conjecture conjectures conjugation conjugations conjunction conjunctions
conjunctives conjunctivitis conjunctivitises conjuncture conjunctures conjuration conjurations
conjuries conjuring conjurings conjury connectedness connectednesses connection connections
connectives connectivities connectivity conniption conniptions connivance connivances
connoisseurship connoisseurships connotation connotations conquerings conquest conquests cons
consanguinities consanguinity conscience consciences conscientiousness conscientiousnesses
consciousness consciousnesses conscription conscriptions consecration consecrations consensus
consensuses consent consents consequence consequences conservation conservations conservatism
conservatisms conservativism conservativisms considerateness consideratenesses consideration
considerations consistence consistences consistencies consistency consolation consolations
consolidation consolidations consonance consonances consonant consonants conspectus conspectuses
conspicuousness conspicuousnesses conspiracies conspiracy constancies constancy constants
constatation constatations constellation constellations consternation consternations
constipation constipations constitution constitutionals constitutions constraint constraints
construal construals construction constructions constructiveness constructivenesses
consubstantiation consubstantiations consuetude consuetudes consuetudinal consuetudinals
consuetudinaries consuetudinary consulship consulships consultancies consultancy consultation
consultations consumerism consumerisms consummation consummations consumption consumptions
contact contacts contagion contagions containment containments contamination contaminations
contemplation contemplations contemplativeness contemplativenesses contemporaneities
contemporaneity contemporaneousness contemporaneousnesses contempt contemptibilities
contemptibility contempts contemptuousness contemptuousnesses contentedness contentednesses
contention contentions contentiousness contentiousnesses contentment contentments contentses
contest contestation contestations contests context contexts contextualism contextualisms
contiguities contiguity contiguousness contiguousnesses continence continences continencies
continency contingence contingences contingencies contingency continuance continuances
continuants continuation continuations continuative continuatives continuities continuity
continuo continuos continuousness continuousnesses contortion contortions contour contours
contraception contraceptions contract contractilities contractility contractings contraction
contractions contracts contracture contractures contradance contradances contradiction
contradictions contradictories contradictoriness contradictorinesses contradistinction
contradistinctions contraindication contraindications contraries contrarieties contrariety
contrariness contrarinesses contrast contrasts contravention contraventions contredanse
contredanses contretemps contretempses contribution contributions contriteness contritenesses
contrition contritions control controllership controllerships controls controversies controversy
contumacies contumacy contumelies contumely contusion contusions conundrum conundrums
convalescence convalescences convection convections convenience convenings conventionalisation
conventionalisations conventionalism conventionalisms conventionalities conventionality
conventionalization conventionalizations convergence convergences convergencies convergency
convergings conversance conversances conversancies conversancy conversation conversations
conversion conversions convertibilities convertibility convexities convexity convexness
convexnesses conveyance conveyances conveyancing conveyancings conveyings conviction convictions
convincingness convincingnesses convivialities conviviality convulsion convulsions coo cookbook
cookbooks cookeries cookery cookings coolings coolness coolnesses cooperation cooperations
cooperativeness cooperativenesses cooperatives coordination coordinations coos copehan copehans
copestone copestones copies copiousness copiousnesses copout copouts copperplate copperplates
coprolalia coprolalias coprophagia coprophagias coprophagies coprophagy coptics copula copulas
copulation copulations copulatives copy copybook copybooks copyings copyright copyrights
coquetries coquetry coral corals cordialities cordiality corditis corditises coreference
coreferences corker corkers cornerstone cornerstones cornishes cornucopia cornucopias
corollaries corollary corona coronach coronaches coronaries coronas coronation coronations
corporalities corporality corporatism corporatisms corporealities corporeality corposant
corposants corpulence corpulences corpulencies corpulency corrasion corrasions correction
correctitude correctitudes correctness correctnesses correlation correlations correlatives
correlativities correlativity correspondence correspondences corrigenda corrigendas corrigendum
corrigendums corroboration corroborations corrodings corrosion corrosions corruptibilities
corruptibility corruption corruptions corruptness corruptnesses coruscation coruscations corvee
corvees coryza coryzas cos cosec cosecant cosecants cosecs coses cosine cosines cosiness
cosinesses cosmetologies cosmetology cosmogenies cosmogeny cosmogonies cosmogony cosmographies
cosmography cosmolatries cosmolatry cosmologies cosmology costalgia costalgias costiasis
costiasises costings costliness costlinesses costochondritis costochondritises cotan cotangent
cotangents cotans cotilion cotilions cotillion cotillions coughings councillorship
councillorships councilorship councilorships counseling counselings counselling counsellings
counsellorship counsellorships counselorship counselorships countdown countdowns countenance
countenances counteraction counteractions counterargument counterarguments counterattack
counterattacks counterattraction counterattractions counterblast counterblasts counterblow
counterblows counterbombardment counterbombardments countercharge countercharges countercheck
counterchecks counterclaim counterclaims countercoup countercoups counterculture countercultures
countercurrent countercurrents counterdemonstration counterdemonstrations counterespionage
counterespionages counterexample counterexamples counterfactualities counterfactuality
counterfire counterfires counterfoil counterfoils counterglow counterglows counterinsurgencies
counterinsurgency counterintelligence counterintelligences countermand countermands countermarch
countermarches countermeasure countermeasures countermine countermines countermove countermoves
counteroffensive counteroffensives counteroffer counteroffers counterpart counterparts
counterplan counterplans counterplay counterplays counterplea counterpleas counterplot
counterplots counterpoint counterpoints counterproposal counterproposals counterpunch
counterpunches counterreformation counterreformations counterrevolution counterrevolutions
countershot countershots countersign countersignature countersignatures countersigns
countersubversion countersubversions countersuit countersuits counterterrorism counterterrorisms
countertransference countertransferences countings countlessness countlessnesses coup coupon
coupons coups courage courageousness courageousnesses courages courante courantes course courses
coursework courseworks coursing coursings courtesies courtesy courtings courtliness
courtlinesses courtship courtships couture coutures couvade couvades covalence covalences
covalencies covalency covariance covariances covariation covariations covenant covenants
coventries coventry covertness covertnesses covetousness covetousnesses cowardice cowardices
cowardliness cowardlinesses cowpox cowpoxes coyness coynesses cozenage cozenages coziness
cozinesses cpi cpis cpr cprs crabbedness crabbednesses crabbiness crabbinesses crabses crackdown
crackdowns crackings cradlesong cradlesongs craft craftiness craftinesses crafts craftsmanship
craftsmanships cramp cramps craniologies craniology craniometries craniometry craniotomies
craniotomy crankiness crankinesses crapette crapettes crapshoot crapshoots crapulence
crapulences crassitude crassitudes crassness crassnesses cravenness cravennesses cravings
crawlings craze crazes craziness crazinesses creakings creaminess creaminesses creation
creationism creationisms creations creativeness creativenesses creativities creativity creature
creatures cred credence credences credendum credendums credential credentials credentialses
credibilities credibility credibleness crediblenesses credit creditses creditworthiness
creditworthinesses credo credos creds credulities credulity credulousness credulousnesses creed
creeds creepiness creepinesses creepings creepses cremation cremations crepitation crepitations
crescendo crescendos cretinism cretinisms cribbage cribbages crick cricks crime crimes
criminalisation criminalisations criminalism criminalisms criminalities criminality
criminalization criminalizations criminalness criminalnesses criminologies criminology crimsons
crisis crisises crispiness crispinesses crispness crispnesses criterion criterions criticalities
criticality criticalness criticalnesses criticism criticisms critique critiques croaking
croakings cronyism cronyisms croonings croquet croquets crosier crosiers crossbones crossboneses
crossbreeding crossbreedings crosscheck crosschecks crosscurrent crosscurrents crossfire
crossfires crosshairs crosshairses crosshatch crosshatches crosshead crossheading crossheadings
crossheads crossings crossness crossnesses crossover crossovers crosstalk crosstalks crosswind
crosswinds crossword crosswords crotchetiness crotchetinesses croup croups crowdings crowings
crown crowns crozier croziers crucialities cruciality crucifixion crucifixions crudeness
crudenesses crudities crudity cruelness cruelnesses cruelties cruelty crumbliness crumblinesses
crunch crunches crusade crusades crushings crux cruxes cryaesthesia cryaesthesias cryesthesia
cryesthesias cryings cryoanaesthesia cryoanaesthesias cryoanesthesia cryoanesthesias
cryobiologies cryobiology cryogenics cryogenicses cryogenies cryogeny cryonics cryonicses
cryopathies cryopathy cryophobia cryophobias cryosurgeries cryosurgery cryptanalysis
cryptanalysises cryptanalytics cryptanalyticses cryptobiosis cryptobiosises cryptococcosis
cryptococcosises cryptogram cryptograms cryptograph cryptographies cryptographs cryptography
cryptologies cryptology cryptorchidies cryptorchidism cryptorchidisms cryptorchidy cryptorchism
cryptorchisms crystallisation crystallisations crystallization crystallizations crystallizings
crystallographies crystallography ct cts cubicities cubicity cuckoldom cuckoldoms cuckoldries
cuckoldry cuddlings cue cues culdoscopies culdoscopy cull culls culpabilities culpability
culpableness culpablenesses cultism cultisms cultivation cultivations cultus cultuses
cumbersomeness cumbersomenesses cunctation cunctations cuneiforms cunnilinctus cunnilinctuses
cunnilingus cunnilinguses cunnings cupid cupidities cupidity cupids cupping cuppings
curabilities curability curableness curablenesses curacies curacy curatorship curatorships
curdling curdlings curettage curettages curettement curettements curietherapies curietherapy
curings curiosa curiosas curiosities curiosity curiousness curiousnesses curliness curlinesses
curlings current currentness currentnesses currents curriculum curriculums cursives curtailment
curtailments curtness curtnesses curtsey curtseys curtsies curtsy curvaceousness
curvaceousnesses curvature curvatures curvet curvets cushitic cushitics cussedness cussednesses
custodianship custodianships custodies custody custom cutback cutbacks cuteness cutenesses
cutting cuttings cva cvas cvs cyanosis cyanosises cyans cybercrime cybercrimes cyberculture
cybercultures cybernation cybernations cybernetics cyberneticses cyberphobia cyberphobias
cybersex cybersexes cyberwar cyberwars cyclicities cyclicity cyclings cyclone cyclones
cyclopaedia cyclopaedias cyclopedia cyclopedias cyclopia cyclopias cyclosis cyclosises
cyclothymia cyclothymias cylindricalities cylindricality cylindricalness cylindricalnesses
cymric cymrics cynicism cynicisms cynophobia cynophobias cynosure cynosures cyrillics cyst
cystitis cystitises cystocele cystoceles cystoparalysis cystoparalysises cystoplegia
cystoplegias cysts cytoarchitectonics cytoarchitectonicses cytoarchitecture cytoarchitectures
cytogenesis cytogenesises cytogenetics cytogeneticses cytogenies cytogeny cytokinesis
cytokinesises cytologies cytology cytolysis cytolysises cytopenia cytopenias cytophotometries
cytophotometry daba dabas dacoities dacoity dacryocystitis dacryocystitises dactyl
dactylomegalies dactylomegaly dactyls daffo daffos dafla daflas daftness daftnesses dah dahs
dailies daintiness daintinesses dairying dairyings dakoities dakoity daleth daleths dalliance
dalliances daltonism daltonisms damage damnation damnations dampenings dampness dampnesses damps
dancings dandruff dandruffs dandyism dandyisms dangaleat dangaleats danger dangerousness
dangerousnesses dangers dangla danglas danglings danishes dankness danknesses daoism daoisms
dapperness dappernesses dapple dapples dard dardic dardics dards daredevilries daredevilry
daredeviltries daredeviltry dari darings daris darkenings darkness darknesses darks darnings
darsana darsanas dartses darwinism darwinisms dastardliness dastardlinesses database databases
dateline datelines datings dative datives datum datums daubing daubings dauntlessness
dauntlessnesses dawah dawahs dawdling dawdlings daycare daycares daydreamings daze dazes dba
dbas dbms dbmses dc dcs dd dds ddses deactivation deactivations deadenings deadliness
deadlinesses deadlock deadlocks deadness deadnesses deafness deafnesses dealignment dealignments
dealings dealingses deamination deaminations deaminization deaminizations deanship deanships
dearness dearnesses dearth dearths death deathblow deathblows deaths debacle debacles
debarkation debarkations debarment debarments debasement debasements debate debates debauch
debaucheries debauchery debauches debilitation debilitations debilities debility debridement
debridements debriefing debriefings debt debts debugger debuggers debunking debunkings debut
debuts decadence decadences decadencies decadency decalcification decalcifications decalescence
decalescences decampment decampments decantation decantations decapitation decapitations
decarboxylation decarboxylations decasyllable decasyllables decathlon decathlons decay decays
decease deceases deceit deceitfulness deceitfulnesses deceits deceleration decelerations
decencies decency decentalisation decentalisations decentralisation decentralisations
decentralization decentralizations deception deceptions deceptiveness deceptivenesses decidings
decile deciles decimalisation decimalisations decimalization decimalizations decimation
decimations decipherment decipherments decision decisions decisiveness decisivenesses
declamation declamations declaration declarations declaratives declassification
declassifications declension declensions declination declinations decoction decoctions decoding
decodings decolonisation decolonisations decolonization decolonizations decomposition
decompositions decompressing decompressings decompression decompressions deconstruction
deconstructionism deconstructionisms deconstructions decontamination decontaminations
decorativeness decorativenesses decorousness decorousnesses decortication decortications decorum
decorums decree decrees decrement decrements decrepitation decrepitations decrepitude
decrepitudes decrescendos decriminalisation decriminalisations decriminalization
decriminalizations decryption decryptions decubitus decubituses ded dedication dedications
dedifferentiation dedifferentiations deds deed deeds deedses deepenings deepness deepnesses
deerstalking deerstalkings defacement defacements defamation defamations default defaults
defeatism defeatisms defecation defecations defect defection defections defectiveness
defectivenesses defects defence defencelessness defencelessnesses defences defenestration
defenestrations defense defenselessness defenselessnesses defenses defensibilities defensibility
defensiveness defensivenesses defensives deference deferences deferment deferments deferral
deferrals defervescence defervescences defiance defiances defibrillation defibrillations
deficiencies deficiency deficit deficits defilement defilements definings definiteness
definitenesses definition definitions deflagration deflagrations deflation deflations deflection
deflections deflexion deflexions defloration deflorations defoliation defoliations deforestation
deforestations deformation deformations deformities deformity defrayal defrayals defrayment
defrayments deftness deftnesses defunctness defunctnesses defusing defusings degaussing
degaussings degeneracies degeneracy degeneration degenerations deglutition deglutitions
degradation degradations degree degrees degustation degustations dehiscence dehiscences
dehumanisation dehumanisations dehumanization dehumanizations dehydration dehydrations deictics
deification deifications deism deisms deixis deixises dejectedness dejectednesses dejection
dejections dekko dekkos delectabilities delectability delectation delectations delegacies
delegacy delegatings deletion deletions deliberateness deliberatenesses deliberation
deliberations delicacies delicacy deliciousness deliciousnesses delight delights delineation
delineations deliquium deliquiums delirium deliriums deliverance deliverances deliveries
delivery delusion delusions demagnetisation demagnetisations demagnetization demagnetizations
demagogies demagogueries demagoguery demagogy demarche demarches demeanor demeanors demeanour
demeanours dementedness dementednesses dementia dementias demerit demerits demineralisation
demineralisations demineralization demineralizations demisemiquaver demisemiquavers demo
demobilisation demobilisations demobilization demobilizations democracies democracy
democratisation democratisations democratization democratizations demodulation demodulations
demographics demographies demography demolishings demolition demolitions demonetisation
demonetisations demonetization demonetizations demonisation demonisations demonism demonisms
demonization demonizations demonolatries demonolatry demonstrabilities demonstrability
demonstration demonstrations demonstrative demonstrativeness demonstrativenesses demonstratives
demoralisation demoralisations demoralization demoralizations demos demotics demotion demotions
demureness demurenesses demurral demurrals demurrer demurrers demyelination demyelinations
demythologisation demythologisations demythologization demythologizations denationalisation
denationalisations denationalization denationalizations denazification denazifications dengue
dengues denial denials denigration denigrations denominationalism denominationalisms denotation
denotations denotatum denotatums denouement denouements denouncement denouncements denseness
densenesses densification densifications densities densitometries densitometry density dentals
dentistries dentistry dentition dentitions denudation denudations denunciation denunciations
deossification deossifications departure departures dependabilities dependability dependableness
dependablenesses dependance dependances dependence dependences dependencies dependency
depersonalisation depersonalisations depersonalization depersonalizations depictings depiction
depictions depigmentation depigmentations depilation depilations depletion depletions deployment
deployments depolarisation depolarisations depolarization depolarizations depopulation
depopulations deportation deportations deportment deportments deposition depositions depravation
depravations depravities depravity deprecation deprecations depreciation depreciations
depredation depredations depression depressions deprivation deprivations depth depths
deracination deracinations derailment derailments derangement derangements deregulating
deregulatings deregulation deregulations dereliction derelictions derision derisions derivative
derivatives derivings dermabrasion dermabrasions dermatitis dermatitises dermatoglyphics
dermatoglyphicses dermatologies dermatology dermatomycosis dermatomycosises dermatomyositis
dermatomyositises dermatophytosis dermatophytosises dermatosclerosis dermatosclerosises
dermatosis dermatosises derogation derogations desalination desalinations desalinisation
desalinisations desalinization desalinizations descant descants descensus descensuses descent
descents description descriptions descriptivism descriptivisms descriptor descriptors
desecration desecrations desegregation desegregations desensitisation desensitisations
desensitization desensitizations desertification desertifications desertion desertions desertses
deservingness deservingnesses deshabille deshabilles desiccation desiccations designation
designations designatum designatums designings desirabilities desirability desirableness
desirablenesses desire desires desolation desolations desorption desorptions despair despairs
desperation desperations despicabilities despicability despicableness despicablenesses despisal
despisals despisings despite despites despoilation despoilations despoilment despoilments
despoliation despoliations despondence despondences despondencies despondency despotism
despotisms desquamation desquamations destabilisation destabilisations destabilization
destabilizations destalinisation destalinisations destalinization destalinizations destinies
destiny destitution destitutions destructibilities destructibility destruction destructions
destructiveness destructivenesses desuetude desuetudes desynchronisation desynchronisations
desynchronization desynchronizations desynchronizing desynchronizings detachment detachments
detail detailings details detailses detainment detainments detectings detection detections
detente detentes detention detentions detergence detergences detergencies detergency
deterioration deteriorations determent determents determinant determinants determinateness
determinatenesses determination determinations determinatives determiner determiners determinism
determinisms deterrence deterrences deterrent deterrents detestation detestations dethronement
dethronements detonation detonations detoxification detoxifications detraction detractions
detribalisation detribalisations detribalization detribalizations detriment detriments detrition
detritions detumescence detumescences deuce deuces deuteranopia deuteranopias devaluation
devaluations devanagari devanagaris devastation devastations developings development
developments deviance deviances deviation deviationism deviationisms deviations devices
deviceses devilment devilments devilries devilry deviltries deviltry deviousness deviousnesses
devisal devisals devisings devitalisation devitalisations devitalization devitalizations devoir
devoirs devolution devolutions devolvement devolvements devotedness devotednesses devotion
devotionals devotions devoutness devoutnesses dexterities dexterity dextralities dextrality
dextrocardia dextrocardias dextrorotation dextrorotations diabetes diabeteses diabolatries
diabolatry diabolism diabolisms diachronies diachrony diacritics diaeresis diaeresises
diagnosings diagnosis diagnosises diagnostics diagnosticses diagonalisation diagonalisations
diagonalization diagonalizations diagramming diagrammings diakinesis diakinesises dialect
dialectic dialectics dialecticses dialectologies dialectology dialects dialog dialogs dialogue
dialogues dialysis dialysises diam diamagnetism diamagnetisms diameter diameters diams
diapedesis diapedesises diaphoresis diaphoresises diaries diarrhea diarrheas diarrhoea
diarrhoeas diary diastasis diastasises diastole diastoles diastrophism diastrophisms diathermies
diathermy diathesis diathesises diatribe diatribes dibrach dibraches dibs dibses dichotomisation
dichotomisations dichotomization dichotomizations dichroism dichroisms dichromacies dichromacy
dichromasies dichromasy dichromatism dichromatisms dichromatopsia dichromatopsias dichromia
dichromias dickens dickenses dictation dictations diction dictionaries dictionary dictions
dictum dictums didacticism didacticisms didactics didacticses dieback diebacks dielectrolysis
dielectrolysises dieresis dieresises diesis diesises diestrum diestrums diestrus diestruses
dietetics dieteticses dieting dietings difference differences differentia differential
differentials differentias differentiation differentiations difficulties difficultness
difficultnesses difficulty diffidence diffidences diffraction diffractions diffuseness
diffusenesses diffusion diffusions digenesis digenesises digestibilities digestibility
digestibleness digestiblenesses digestion digestions digging digitalisation digitalisations
digitalization digitalizations digitisation digitisations digitization digitizations dignities
dignity digram digrams digraph digraphs digression digressions dilapidation dilapidations
dilatation dilatations dilation dilations dilatoriness dilatorinesses dilemma dilemmas diligence
diligences dimension dimensionalities dimensionality dimensions diminuendos diminution
diminutions diminutiveness diminutivenesses diminutives dimness dimnesses dimorphism dimorphisms
dimout dimouts din ding dinge dinges dinginess dinginesses dings dinings dinka dinkas dins dint
dints dionysia dionysias diphtheria diphtherias diphthong diphthongs diplegia diplegias
diploidies diploidy diploma diplomacies diplomacy diplomas diplopia diplopias diplotene
diplotenes dipsomania dipsomanias directionalities directionality directive directiveness
directivenesses directives directivities directivity directness directnesses directories
directorship directorships directory dirge dirges dirtiness dirtinesses dirtying dirtyings
disabilities disability disablement disablements disadvantage disadvantages disaffection
disaffections disaffirmation disaffirmations disagreeableness disagreeablenesses disagreement
disagreements disambiguation disambiguations disambiguator disambiguators disappearance
disappearances disappearings disappointment disappointments disapprobation disapprobations
disapproval disapprovals disarmament disarmaments disarmings disarrangement disarrangements
disarray disarrays disassemblies disassembly disassociation disassociations disaster disasters
disavowal disavowals disbandment disbandments disbarment disbarments disbelief disbeliefs
discant discants disceptation disceptations discernabilities discernability discernment
discernments discharge discharges discipleship discipleships discipline disciplines disclaimer
disclaimers disclosure disclosures disco discographies discography discoloration discolorations
discolouration discolourations discombobulation discombobulations discomfiture discomfitures
discomfort discomforts discomposure discomposures disconcertion disconcertions disconcertment
disconcertments disconnectedness disconnectednesses disconnection disconnections
disconsolateness disconsolatenesses discontent discontentedness discontentednesses
discontentment discontentments discontents discontinuance discontinuances discontinuation
discontinuations discontinuities discontinuity discord discordance discordances discords discos
discouragement discouragements discourse discourses discourtesies discourtesy discoveries
discovery discredit discredits discreetness discreetnesses discrepancies discrepancy
discreteness discretenesses discretion discretions discrimination discriminations discursiveness
discursivenesses discus discuses discussion discussions disdainfulness disdainfulnesses disease
diseases disembarkation disembarkations disembarkment disembarkments disembarrassment
disembarrassments disembowelment disembowelments disenchantment disenchantments
disenfranchisement disenfranchisements disengagement disengagements disentanglement
disentanglements disequilibrium disequilibriums disestablishment disestablishments disesteem
disesteems disfavor disfavors disfavour disfavours disfiguration disfigurations disfigurement
disfigurements disfluencies disfluency disforestation disforestations disfranchisement
disfranchisements disfunction disfunctions disgorgement disgorgements disgrace disgracefulness
disgracefulnesses disgraces disgruntlement disgruntlements disguise disguises disgust
disgustingness disgustingnesses disgusts dishabille dishabilles disharmonies disharmony
disheartenment disheartenments dishonesties dishonesty dishonorableness dishonorablenesses
dishonourableness dishonourablenesses dishwashing dishwashings disillusion disillusionment
disillusionments disillusions disincentive disincentives disinclination disinclinations
disinfection disinfections disinfestation disinfestations disinflation disinflations
disinformation disinformations disingenuousness disingenuousnesses disinheritance
disinheritances disintegration disintegrations disinterest disinterestedness disinterestednesses
disinterests disinterment disinterments disinvestment disinvestments disjointedness
disjointednesses disjunction disjunctions disjuncture disjunctures dislocation dislocations
dislodgement dislodgements dislodgment dislodgments disloyalties disloyalty dismantlement
dismantlements dismantling dismantlings dismay dismays dismemberment dismemberments dismissal
dismissals dismission dismissions disobedience disobediences disorder disorderliness
disorderlinesses disorders disorganisation disorganisations disorganization disorganizations
disorientation disorientations disownings disownment disownments disparagement disparagements
disparateness disparatenesses disparities disparity dispassion dispassionateness
dispassionatenesses dispassions dispensabilities dispensability dispensableness
dispensablenesses dispensation dispensations dispersal dispersals dispersion dispersions
dispiritedness dispiritednesses displacement displacements displeasure displeasures disposal
disposals disposition dispositions dispossession dispossessions dispraise dispraises disproof
disproofs disputation disputations disqualification disqualifications disquiet disquiets
disquietude disquietudes disquisition disquisitions disrepair disrepairs disreputabilities
disreputability disreputableness disreputablenesses disrepute disreputes disrespect disrespects
disruption disruptions dissatisfaction dissatisfactions dissection dissections dissemblings
dissemination disseminations dissension dissensions dissent dissents dissertation dissertations
disservice disservices dissidence dissidences dissilience dissiliences dissimilarities
dissimilarity dissimilation dissimilations dissimilitude dissimilitudes dissimulation
dissimulations dissipation dissipations dissociation dissociations dissolubilities dissolubility
dissoluteness dissolutenesses dissolution dissolutions dissolvings dissonance dissonances
dissuasion dissuasions dissyllable dissyllables dissymmetries dissymmetry distaffs distance
distances distaste distastefulness distastefulnesses distastes distemper distempers distension
distensions distention distentions distillation distillations distillment distillments
distinction distinctions distinctiveness distinctivenesses distinctness distinctnesses
distomatosis distomatosises distortion distortions distraction distractions distraint distraints
distress distresses distressfulness distressfulnesses distressingness distressingnesses
distribution distributions distrustfulness distrustfulnesses disturbance disturbances disunion
disunions disunities disunity disuse disuses disyllable disyllables dit dither dithering
ditherings dithers dithyramb dithyrambs dits ditties ditto dittos ditty diuresis diuresises
divagation divagations divarication divarications divergence divergences divergencies divergency
diverseness diversenesses diversification diversifications diversion diversions diversities
diversity diverticulitis diverticulitises diverticulosis diverticulosises diverticulum
diverticulums divertimento divertimentos divestiture divestitures divination divinations divings
divisibilities divisibility divorce divorcement divorcements divorces divulgement divulgements
divulgence divulgences dizziness dizzinesses dle dles dm dmd dmds dms dmus dmuses docetism
docetisms docilities docility dockings doctorate doctorates doctorspeak doctorspeaks doctrine
doctrines docudrama docudramas document documentaries documentary documentation documentations
documents doddle doddles dodgings dogfight dogfights doggedness doggednesses doggerel doggerels
dogma dogmas dogmatism dogmatisms dogshit dogshits dogtrot dogtrots doh dohs doings doingses
doldrums doldrumses dolefulness dolefulnesses dolichocephalies dolichocephalism
dolichocephalisms dolichocephaly dolor dolors dolour dolours domain domains domestication
domestications domesticities domesticity dominance dominances dominants domination dominations
domineeringness domineeringnesses dominion dominions dominoes dominoeses dominos dominoses dona
donas donatism donatisms donkey donkeys donkeywork donkeyworks dorics dormancies dormancy
dorsiflexion dorsiflexions dosimetries dosimetry dossier dossiers doubleheader doubleheaders
doubleses doublespeak doublespeaks doublethink doublethinks doublings doubt doubtfulness
doubtfulnesses doubts dousing dousings dovishness dovishnesses dowdiness dowdinesses doweling
dowelings downbeat downbeats downdraft downdrafts downfall downfalls downheartedness
downheartednesses downiness downinesses downpour downpours downrightness downrightnesses
downshift downshifts downside downsides downsizing downsizings downspin downspins downstroke
downstrokes downswing downswings downtick downticks downturn downturns dowse dowses dowsing
dowsings doxologies doxology dph dphil dphils dphs drabness drabnesses drabs dracunculiasis
dracunculiasises draftings draftsmanship draftsmanships drainage drainages drama dramas
dramatics dramaticses dramatisation dramatisations dramatization dramatizations dramaturgies
dramaturgy draughts draughtses dravidic dravidics drawback drawbacks drawings drawl drawls
dreadfulness dreadfulnesses dream dreaminess dreaminesses dreamings dreamland dreamlands dreams
dreamworld dreamworlds dreariness drearinesses drenching drenchings dressage dressages
dressmaking dressmakings dribblings driftage driftages driftings drillings drinkings drippage
drippages drippiness drippinesses drivel drivels drivings drizzle drizzles drogue drogues
drolleries drollery droning dronings drool drools dropkick dropkicks dropline droplines dropsies
dropsy drought droughts drowsiness drowsinesses drubbing drubbings drudgeries drudgery drugging
druggings druidism druidisms drumbeat drumbeats drumfire drumfires drumming drummings
drunkenness drunkennesses drusen drusens druthers drutherses dryness drynesses dts dtses dualism
dualisms dubieties dubiety dubiousness dubiousnesses duckings duckpins duckpinses ductileness
ductilenesses ductilities ductility dudgeon dudgeons duel duels dues dukedom dukedoms dullness
dullnesses dumbness dumbnesses dumpiness dumpinesses dumpings dumpses dunghill dunghills dunkirk
dunkirks duologue duologues duperies dupery duplicabilities duplicability duplicities duplicity
durabilities durability durance durances durative duratives duress duresses duskiness
duskinesses duster dusters dustiness dustinesses dustup dustups duties dutifulness dutifulnesses
duty dwarfishness dwarfishnesses dwarfism dwarfisms dwindlings dyeing dyeings dyirbal dyirbals
dynamics dynamicses dynamism dynamisms dysaphia dysaphias dysarthria dysarthrias dyscalculia
dyscalculias dyschezia dyschezias dyscrasia dyscrasias dysenteries dysentery dysfunction
dysfunctions dysgenesis dysgenesises dysgenics dysgenicses dysgraphia dysgraphias dyskinesia
dyskinesias dyslexia dyslexias dyslogia dyslogias dysmenorrhea dysmenorrheas dysomia dysomias
dysosmia dysosmias dyspepsia dyspepsias dysphagia dysphagias dysphasia dysphasias dysphemism
dysphemisms dysphonia dysphonias dysphoria dysphorias dysplasia dysplasias dyspnea dyspneas
dyspnoea dyspnoeas dyssynergia dyssynergias dysthymia dysthymias dystopia dystopias dystrophies
dystrophy dysuria dysurias eagerness eagernesses eagers eagre eagres earache earaches earful
earfuls earldom earldoms earliness earlinesses earmark earmarks earnestness earnestnesses
earthing earthings earthquake earthquakes easement easements easiness easinesses easings
easterlies easts easygoingness easygoingnesses eatings ebbing ebbings ebbtide ebbtides ebn ebns
ebola ebolas ebonics ebonicses ebonies ebony ebs ebses ebullience ebulliences ebullition
ebullitions eburnation eburnations ecarte ecartes ecc eccentricities eccentricity ecchymosis
ecchymosises ecclesiasticism ecclesiasticisms ecclesiologies ecclesiology eccm eccms eccs
eccyesis eccyesises ecdysis ecdysises ecesis ecesises ecg ecgs echinococcosis echinococcosises
echocardiogram echocardiograms echocardiographies echocardiography echoencephalogram
echoencephalograms echoencephalographies echoencephalography echographies echography echolalia
echolalias echolocation echolocations eclampsia eclampsias eclat eclats eclecticism eclecticisms
eclipse eclipses eclipsis eclipsises eclogue eclogues ecm ecms ecobabble ecobabbles ecologies
ecology econometrics econometricses economics economicses ecoterrorism ecoterrorisms ecotourism
ecotourisms ecphonesis ecphonesises ecru ecrus ecstasies ecstasy ect ectasia ectasias ectasis
ectasises ectomorphies ectomorphy ectopia ectopias ectrodactylies ectrodactyly ects
ecumenicalism ecumenicalisms ecumenicism ecumenicisms eczema eczemas ed edacities edacity edd
edds edema edemas edginess edginesses edibilities edibility edibleness ediblenesses edict edicts
edification edifications editings edition editions editorial editorials editorship editorships
edp edps education educations edutainment edutainments ee eeg eegs eeriness eerinesses ees
effacement effacements effect effectiveness effectivenesses effectivities effectivity
effectualities effectuality effectualness effectualnesses effectuation effectuations
effeminacies effeminacy effeminateness effeminatenesses effervescence effervescences efficacies
efficaciousness efficaciousnesses efficacy efficiencies efficiency effleurage effleurages
effluence effluences efflux effluxes effort effortfulness effortfulnesses effortlessness
effortlessnesses efforts effronteries effrontery effulgence effulgences effusion effusions
effusiveness effusivenesses egalitarianism egalitarianisms egalite egalites egalities egality
ego egocentrism egocentrisms egoism egoisms egomania egomanias egos egotism egotisms egress
egresses egression egressions egyptologies egyptology ehf ehfs eidos eidoses eigenvalue
eigenvalues eighteenths eighths eightieths eightvo eightvos eisegesis eisegesises eisteddfod
eisteddfods ejaculation ejaculations ejection ejections ekg ekgs el elaborateness
elaboratenesses elaboration elaborations elamitic elamitics elan elans elastance elastances
elasticities elasticity elastosis elastosises elation elations elbowings eldership elderships
eldorado eldorados election electioneering electioneerings elections electives electricities
electricity electrification electrifications electrocardiogram electrocardiograms
electrocardiographies electrocardiography electrocauteries electrocautery electrochemistries
electrochemistry electrocution electrocutions electrodeposition electrodepositions
electroencephalogram electroencephalograms electrolysis electrolysises electromagnetics
electromagneticses electromagnetism electromagnetisms electromyogram electromyograms
electromyographies electromyography electronegativities electronegativity electronics
electronicses electrophoresis electrophoresises electroretinogram electroretinograms
electroshock electroshocks electrosleep electrosleeps electrostatics electrostaticses
electrosurgeries electrosurgery electrotherapies electrotherapy elegance elegances elegies elegy
element elements elementses elephantiasis elephantiasises elevation elevations elevenths
elicitation elicitations eligibilities eligibility elimination eliminations elint elints elisa
elisas elision elisions elitism elitisms ellipsis ellipsises ellipticities ellipticity elocution
elocutions elongation elongations elopement elopements eloquence eloquences els elucidation
elucidations eludings elusion elusions elusiveness elusivenesses elution elutions elves elveses
elysium elysiums emaciation emaciations email emails emancipation emancipations emasculation
emasculations embalmment embalmments embargo embargos embarkation embarkations embarkment
embarkments embarrassment embarrassments embellishment embellishments embezzlement embezzlements
embitterment embitterments embolectomies embolectomy embolus emboluses embonpoints embossment
embossments embracement embracements embracings embroideries embroidery embroilment embroilments
embryologies embryology emda emdas emendation emendations emergence emergences emergencies
emergency emersion emersions emesis emesises emf emfs emg emgs emigration emigrations eminence
eminences emission emissions emmetropia emmetropias emmies emmy emoticon emoticons emotion
emotionalism emotionalisms emotionalities emotionality emotionlessness emotionlessnesses
emotions empathies empathy emphasis emphasises emphasizings emphysema emphysemas empiricism
empiricisms employment employments empowerment empowerments emptiness emptinesses emptyings
empyema empyemas emulation emulations enactment enactments enallage enallages enamoredness
enamorednesses enanthem enanthema enanthemas enanthems enantiomorphism enantiomorphisms enation
enations encapsulation encapsulations encasement encasements encephalitis encephalitises
encephalocele encephaloceles encephalogram encephalograms encephalographies encephalography
encephalomeningitis encephalomeningitises encephalomyelitis encephalomyelitises encephalopathies
encephalopathy enchantment enchantments enchiridion enchiridions enchondroma enchondromas
encirclement encirclements enclosings encoding encodings encomium encomiums encompassment
encompassments encopresis encopresises encore encores encouragement encouragements encroachment
encroachments encrustation encrustations encryption encryptions enculturation enculturations
encumbrance encumbrances encyclicals encyclopaedia encyclopaedias encyclopaedism encyclopaedisms
encyclopedia encyclopedias encyclopedism encyclopedisms endaemonism endaemonisms endangerment
endangerments endarterectomies endarterectomy endarteritis endarteritises endearment endearments
endeavor endeavors endeavour endeavours endemics endemism endemisms endgame endgames endings
endlessness endlessnesses endocarditis endocarditises endocervicitis endocervicitises
endocrinologies endocrinology endodontia endodontias endodontics endodonticses endogamies
endogamy endogenies endogeny endometriosis endometriosises endometritis endometritises
endomorphies endomorphy endorsement endorsements endoscopies endoscopy endowment endowments
endurance endurances enduringness enduringnesses ene enema enemas energies energizings energy
enervation enervations enes enets enetses enfeeblement enfeeblements enfeoffment enfeoffments
enfilade enfilades enfolding enfoldings enforcement enforcements enfranchisement
enfranchisements engagement engagements engineering engineerings englishes engorgement
engorgements engram engrams engrossment engrossments enhancement enhancements enhancer enhancers
enigma enigmas enjambement enjambements enjambment enjambments enjoinings enjoinment enjoinments
enjoyableness enjoyablenesses enjoyment enjoyments enl enlargement enlargements enlightenment
enlightenments enlistings enls enmities enmity ennoblement ennoblements ennui ennuis enologies
enology enormities enormity enormousness enormousnesses enquiries enquiry enragement enragements
enrichment enrichments enrollment enrollments enrolment enrolments enslavement enslavements
entailment entailments entelechies entelechy enterings enteritis enteritises enterobiasis
enterobiasises enterolithiasis enterolithiasises enteropathies enteropathy enteroptosis
enteroptosises enterostenosis enterostenosises enterostomies enterostomy enterotomies enterotomy
enterotoxemia enterotoxemias enterprise enterprises enterprisingness enterprisingnesses
entertainment entertainments enthalpies enthalpy enthrallment enthrallments enthronement
enthronements enthronisation enthronisations enthronization enthronizations enthusiasm
enthusiasms enticement enticements entireness entirenesses entireties entirety entities
entitlement entitlements entity entombment entombments entomologies entomology entomophobia
entomophobias entrancement entrancements entrapment entrapments entreaties entreaty entries
entropies entropy entry entsi entsies entsis entsy enucleation enucleations enumeration
enumerations enunciation enunciations enuresis enuresises envelopment envelopments enviousness
enviousnesses environment environmentalism environmentalisms environments envisionings envoi
envois enzymologies enzymology eolic eolics eosinopenia eosinopenias eosinophilia eosinophilias
epanalepsis epanalepsises epanaphora epanaphoras epanodos epanodoses epanorthosis epanorthosises
epenthesis epenthesises ephemeralities ephemerality ephemeralness ephemeralnesses ephemeris
ephemerises epi epic epicondylitis epicondylitises epics epicureanism epicureanisms epicurism
epicurisms epidemic epidemics epidemiologies epidemiology epididymitis epididymitises epidurals
epigenesis epigenesises epiglottitis epiglottitises epigram epigrams epigraph epigraphies
epigraphs epigraphy epikeratophakia epikeratophakias epilation epilations epilepsies epilepsy
epilog epilogs epilogue epilogues epiphanies epiphany epiphenomenon epiphenomenons epiphora
epiphoras epiplexis epiplexises epis episcleritis episcleritises episcopalianism
episcopalianisms episiotomies episiotomy episode episodes epispadias epispadiases epistasis
epistasises epistaxis epistaxises episteme epistemes epistemologies epistemology epistle
epistles epistrophe epistrophes epitaph epitaphs epitaxies epitaxy epithalamium epithalamiums
epithelioma epitheliomas epithet epithets epitome epitomes eponym eponymies eponyms eponymy epos
eposes epsilon epsilons eq eqs equalisation equalisations equalitarianism equalitarianisms
equalities equality equalization equalizations equanimities equanimity equatabilities
equatability equatings equation equations equidistribution equidistributions equilibration
equilibrations equilibrium equilibriums equipping equippings equitation equitations equivalence
equivalences equivalent equivalents equivocalness equivocalnesses equivocation equivocations
eradication eradications erastianism erastianisms erasure erasures erectings erection erections
erectness erectnesses eremitism eremitisms erethism erethisms ergodicities ergodicity ergonomics
ergonomicses ergot ergotism ergotisms ergotropism ergotropisms ergots erodings eros eroses
erosion erosions erotica eroticas eroticism eroticisms erotism erotisms errancies errancy errand
errands erratum erratums erroneousness erroneousnesses error errors ersatzes erse erses
eructation eructations eruditeness eruditenesses erudition eruditions eruption eruptions
erysipelas erysipelases erythema erythemas erythroblastosis erythroblastosises erythroderma
erythrodermas erythropoiesis erythropoiesises escalade escalades escalation escalations
escalator escalators escapade escapades escapism escapisms escapologies escapology eschatologies
eschatology ese esm esms esop esophagitis esophagitises esops esoterica esotericas esotropia
esotropias esp esperantido esperantidos esperanto esperantos espial espials espionage espionages
espousal espousals esprit esprits esps essay essays essence essences essentialities essentiality
essentialness essentialnesses establishment establishmentarianism establishmentarianisms
establishmentism establishmentisms establishments esteem esteems esthesia esthesias esthesis
esthesises esthetics estheticses esthonian esthonians estimation estimations estivation
estivations estonians estoppel estoppels estrangement estrangements estrus estruses esurience
esuriences eta etas ethic ethicism ethicisms ethics ethicses ethnicities ethnicity ethnocentrism
ethnocentrisms ethnographies ethnography ethnologies ethnology ethologies ethology ethos ethoses
etiolation etiolations etiologies etiology etiquette etiquettes etude etudes etymologies
etymologizing etymologizings etymology etymon etymons eubstance eubstances eucharist eucharists
euchre euchres eudaemonia eudaemonias eudaimonia eudaimonias eudemonism eudemonisms eugenics
eugenicses eulogies eulogium eulogiums eulogy eunuchoidism eunuchoidisms euphemism euphemisms
euphonies euphony euphoria euphorias euphories euphory euphuism euphuisms eupnea eupneas eupnoea
eupnoeas eurhythmics eurhythmicses eurhythmies eurhythmy eurobabble eurobabbles eurocentrism
eurocentrisms europan europans europeanisation europeanisations europeanization europeanizations
eurythmics eurythmicses eurythmies eurythmy euthanasia euthanasias euthenics euthenicses
eutrophication eutrophications evacuation evacuations evaluation evaluations evanescence
evanescences evangel evangelicalism evangelicalisms evangelism evangelisms evangels evaporation
evaporations evasion evasions evasiveness evasivenesses evenness evennesses event eventration
eventrations events eventualities eventuality everlastingness everlastingnesses eversion
eversions everting evertings everydayness everydaynesses eviction evictions evidence evidences
evil evildoing evildoings evilness evilnesses evils evisceration eviscerations evocation
evocations evolution evolutionism evolutionisms evolutions ew ews exacerbation exacerbations
exacta exactas exaction exactions exactitude exactitudes exactness exactnesses exaggeration
exaggerations exaltation exaltations exam examen examens examination examinations example
examples exams exanthem exanthema exanthemas exanthems exasperation exasperations excavation
excavations exceedance exceedances excellence excellences exception exceptions excerpt
excerption excerptions excerpts excess excesses excessiveness excessivenesses exchange
exchangeabilities exchangeability exchanges excision excisions excitabilities excitability
excitableness excitablenesses excitation excitations excitement excitements exclaimings
exclamation exclamations exclusion exclusions exclusiveness exclusivenesses exclusives
excogitation excogitations excommunication excommunications excoriation excoriations excreting
excretings excretion excretions excruciation excruciations exculpation exculpations excursion
excursions excursus excursuses excuse excuses execration execrations executabilities
executability executings execution executions exegesis exegesises exemplar exemplars
exemplification exemplifications exemption exemptions exenteration exenterations exercise
exercises exercisings exertion exertions exfoliation exfoliations exhaustion exhaustions
exhibition exhibitionism exhibitionisms exhibitions exhilaration exhilarations exhortation
exhortations exhumation exhumations exigencies exigency exiguities exiguity existence existences
existentialism existentialisms exobiologies exobiology exode exodes exodontia exodontias
exodontics exodonticses exodus exoduses exogamies exogamy exomphalos exomphaloses exoneration
exonerations exophthalmos exophthalmoses exorbitance exorbitances exorcism exorcisms exordium
exordiums exostosis exostosises exoticism exoticisms exoticness exoticnesses exotism exotisms
exotropia exotropias expanse expanses expansion expansionism expansionisms expansions
expansiveness expansivenesses expatiation expatiations expatriation expatriations expectancies
expectancy expectation expectations expectedness expectednesses expectoration expectorations
expedience expediences expediencies expediency expedients expedition expeditions expeditiousness
expeditiousnesses expelling expellings expendings expensiveness expensivenesses experience
experiences experiment experimentalism experimentalisms experimentation experimentations
experiments expertise expertises expertness expertnesses explanandum explanandums explanans
explananses explanation explanations expletive expletives explicandum explicandums explication
explications explicitness explicitnesses exploitation exploitations exploration explorations
explosion explosions exponentials exponentiation exponentiations exportings exposition
expositions expostulation expostulations exposure exposures expoundings expressage expressages
expression expressions expressiveness expressivenesses expropriation expropriations expulsion
expulsions expunction expunctions expungings expurgation expurgations exquisiteness
exquisitenesses extemporisation extemporisations extemporization extemporizations extensiveness
extensivenesses extent extents extenuation extenuations exteriorisation exteriorisations
exteriorization exteriorizations extermination exterminations externalisation externalisations
externalities externality externalization externalizations externals exteroception
exteroceptions extinction extinctions extinguishings extirpation extirpations extolment
extolments extraction extractions extradition extraditions extraneousness extraneousnesses
extraordinariness extraordinarinesses extrapolation extrapolations extrasystole extrasystoles
extravagance extravagances extravagancies extravagancy extravaganza extravaganzas extraversion
extraversions extremeness extremenesses extremes extremism extremisms extrication extrications
extropies extropy extroversion extroversions exuberance exuberances exultation exultations
eyedness eyednesses eyelessness eyelessnesses eyeses eyesight eyesights eyesore eyesores eyespot
eyespots eyestrain eyestrains ezed ezeds fa fabianism fabianisms fable fables fabrication
fabrications facelift facelifts facer facers facet facetiousness facetiousnesses facets
facilitation facilitations fact factoid factoids factor factorials factorings factorisation
factorisations factorization factorizations factors facts factualities factuality factualness
factualnesses facula faculas faculties faculty fad fadeout fadeouts fadings fado fados fads
faeroese faeroeses failings failure failures faineance faineances faintheartedness
faintheartednesses faintness faintnesses fairness fairnesses fairs fairyland fairylands
fairytale fairytales faith faithfulness faithfulnesses faithlessness faithlessnesses faiths
fakeries fakery falanga falangas falconries falconry fallacies fallaciousness fallaciousnesses
fallacy fallback fallbacks fallibilities fallibility falloff falloffs falsehood falsehoods
falseness falsenesses falsettos falsification falsifications falsifyings falsities falsity
falterings fame fames familiarisation familiarisations familiarities familiarity familiarization
familiarizations famine famines famishment famishments fanaticism fanaticisms fanatism fanatisms
fandango fandangos fanfare fanfares fang fangs fantan fantans fantasia fantasias fantasies
fantasy fantods fantodses faq faqs farandole farandoles farawayness farawaynesses farce farces
fardel fardels fare fares farewell farewells farming farmings farness farnesses faro faroese
faroeses faros farrow farrowing farrowings farrows farsightedness farsightednesses fart farting
fartings fartlek fartleks farts fas fasces fasceses fascicle fascicles fasciculation
fasciculations fascicule fascicules fascination fascinations fascioliasis fascioliasises
fasciolopsiasis fasciolopsiasises fasciolosis fasciolosises fascism fascisms fases fashion
fashionings fashions fastball fastballs fastidiousness fastidiousnesses fasting fastings
fastness fastnesses fasts fatalism fatalisms fatalities fatality fate fates fatherhood
fatherhoods fatherliness fatherlinesses fatigabilities fatigability fatigue fatism fatisms
fatness fatnesses fattiness fattinesses fattism fattisms fatuities fatuity fatuousness
fatuousnesses fatwa fatwah fatwahs fatwas fault faultfindings faultiness faultinesses
faultlessness faultlessnesses faults favism favisms favorableness favorablenesses favorite
favorites favoritism favoritisms favour favourableness favourablenesses favouritism favouritisms
favours favus favuses fawn fawns fealties fealty fear fearfulness fearfulnesses fearlessness
fearlessnesses fears feasibilities feasibility feasibleness feasiblenesses feastings feat
featherbedding featherbeddings featheriness featherinesses featherings feats feature features
febricities febricity febrilities febrility fecklessness fecklessnesses feculence feculences
fecundation fecundations fecundities fecundity federalisation federalisations federalism
federalisms federalization federalizations feeblemindedness feeblemindednesses feebleness
feeblenesses feedback feedbacks feedings feelings feelingses feignings felicitation
felicitations felicities felicitousness felicitousnesses felicity fellatio fellation fellations
fellatios felonies felony femaleness femalenesses feminineness femininenesses feminines
femininities femininity feminisation feminisations feminism feminisms feminization feminizations
femtochemistries femtochemistry fenestration fenestrations fennic fennics fermata fermatas
ferment fermentation fermentations fermenting fermentings ferments ferociousness ferociousnesses
ferocities ferocity ferrimagnetism ferrimagnetisms ferromagnetism ferromagnetisms ferryings
fertilisation fertilisations fertilization fertilizations fervencies fervency fervidness
fervidnesses fervor fervors fervour fervours fester festering festerings festers festination
festinations festivities festivity festschrift festschrifts fetichism fetichisms feticide
feticides fetidness fetidnesses fetish fetishes fetishism fetishisms fetologies fetology
fetometries fetometry fetor fetors fetoscopies fetoscopy fettle fettles feud feuds fever
feverishness feverishnesses fevers fewness fewnesses fiasco fiascos fiat fiats fib fibbing
fibbings fiberoptics fiberopticses fibreoptics fibreopticses fibrillation fibrillations
fibrinolysis fibrinolysises fibroadenoma fibroadenomas fibroid fibroids fibroma fibromas
fibromyositis fibromyositises fibrosis fibrosises fibrosities fibrositis fibrositises fibrosity
fibrousness fibrousnesses fibs fickleness ficklenesses fiction fictionalisation
fictionalisations fictionalization fictionalizations fictions fidelities fidelity fidgetiness
fidgetinesses fieldings fierceness fiercenesses fieriness fierinesses fiesta fiestas fifo fifos
fifteenths fiftieths fig fightings figment figments figs figuration figurations figure figures
figurings filariasis filariasises filename filenames filiation filiations filings fillip fillips
film filmings films filthiness filthinesses filtration filtrations finale finales finalisation
finalisations finalities finality finalization finalizations finals financings fineness
finenesses finesse finesses fingerboard fingerboards fingerings fingermark fingermarks
fingerpointing fingerpointings fingerpost fingerposts fingerprint fingerprinting fingerprintings
fingerprints fingerspelling fingerspellings finishings finiteness finitenesses finitude
finitudes finnic finnics finnishes fire fireball fireballs firelight firelights fireman firemen
firepower firepowers fires firestorm firestorms firewall firewalls firings firmness firmnesses
firmware firmwares firsts fisa fisas fishbowl fishbowls fishing fishings fission fissions
fissiparities fissiparity fistfight fistfights fisticuffs fisticuffses fistula fistulas
fitfulness fitfulnesses fitness fitnesses fittingness fittingnesses fittings fives fiveses
fixation fixations fixedness fixednesses fixities fixity flabbiness flabbinesses flaccidities
flaccidity flagellation flagellations flair flairs flakiness flakinesses flamboyance
flamboyances flame flamenco flamencos flames flamings flammabilities flammability flapping
flappings flashback flashbacks flashcard flashcards flashflood flashfloods flashiness
flashinesses flashings flashover flashovers flashpoint flashpoints flatness flatnesses
flatteries flattery flatulence flatulences flatulencies flatulency flatus flatuses flavor
flavorlessness flavorlessnesses flavors flavorsomeness flavorsomenesses flavour flavourlessness
flavourlessnesses flavours flavoursomeness flavoursomenesses flaw flawlessness flawlessnesses
flaws flection flections fleetingness fleetingnesses fleetness fleetnesses fleshiness
fleshinesses flexibilities flexibility flexibleness flexiblenesses flexion flexions flexure
flexures flightiness flightinesses flimflam flimflams flimsiness flimsinesses flippancies
flippancy flirtation flirtations flirtings floatation floatations floater floaters floatings
flocculation flocculations flogging floggings flood floodgate floodgates floodhead floodheads
floodings floods floorshow floorshows florescence florescences floriculture floricultures
floridities floridity floridness floridnesses florilegium florilegiums flotation flotations flow
flowage flowages flowchart flowcharts flowering flowerings flowings flows flu fluctuation
fluctuations fluencies fluency fluffiness fluffinesses fluidities fluidity fluidness fluidnesses
fluke flukes flunk flunks fluorescence fluorescences fluoridation fluoridations fluoridisation
fluoridisations fluoridization fluoridizations fluoroscopies fluoroscopy fluorosis fluorosises
flurries flurry flus flutterings fluxion fluxions flyer flyers flyings flyleaf flyleafs flypast
flypasts fm fmri fmris fms foaminess foaminesses focalisation focalisations focalization
focalizations focus focuses focusings focussing focussings foehn foehns foetologies foetology
foetometries foetometry foetor foetors foetoscopies foetoscopy fog fogbank fogbanks fogginess
fogginesses foghorn foghorns fogs fogsignal fogsignals fohn fohns foible foibles foilings folder
folderol folderols folders foldings foldout foldouts foliation foliations folie folies folio
folios folklore folklores folksong folksongs folktale folktales folliculitis folliculitises
follies follieses folly fondling fondlings fondness fondnesses font fonts food foods fooleries
foolery foolhardiness foolhardinesses foolishness foolishnesses foolscap foolscaps football
footballs footedness footednesses footfall footfalls footfault footfaults footing footings
footmark footmarks footnote footnotes footprint footprints footrace footraces footstep footsteps
footwork footworks foppishness foppishnesses foraging foragings foray forays forbearance
forbearances forbiddance forbiddances forbiddings force forcefulness forcefulnesses forces
fording fordings foreboding forebodings forecastings foreclosure foreclosures foreground
foregrounding foregroundings foregrounds forehands foreignness foreignnesses foreknowledge
foreknowledges foremanship foremanships forename forenames forensics forensicses foreordination
foreordinations foreplay foreplays foreshadowings foreshock foreshocks foresight foresightedness
foresightednesses foresightfulness foresightfulnesses foresights forestallings forestries
forestry foretaste foretastes foretelling foretellings forethought forethoughts foretoken
foretokens forewarning forewarnings foreword forewords forgetfulness forgetfulnesses forgings
forgiveness forgivenesses forgivingness forgivingnesses forgoings forlornness forlornnesses form
formalisation formalisations formalism formalisms formalities formalitieses formality
formalization formalizations formalness formalnesses formals format formative formatives formats
formatting formattings formers formication formications formidabilities formidability formosans
forms formula formularies formulas fornication fornications forsakings forswearings forte fortes
forthcomingness forthcomingnesses forthrightness forthrightnesses fortieths fortissimos
fortitude fortitudes fortran fortrans fortuities fortuitousness fortuitousnesses fortuity
fortune fortunes fortunetelling fortunetellings forwardings forwardness forwardnesses
fossilisation fossilisations fossilization fossilizations fossilologies fossilology fosterage
fosterages fosterings foulness foulnesses foundation foundations founder foundering founderings
founders foundings fount fountainhead fountainheads founts fourteenths fourths foxhunt foxhunts
foxiness foxinesses foxtrot foxtrots fracas fracases fractal fractals fractionation
fractionations fractiousness fractiousnesses fragilities fragility fragmentation fragmentations
fragrance fragrances fragrancies fragrancy frailness frailnesses frailties frailty frambesia
frambesias framboesia framboesias framework frameworks framings franchise franchises
frangibilities frangibility frangibleness frangiblenesses frankenstein frankensteins frankness
franknesses fraternisation fraternisations fraternization fraternizations frau fraud frauds
fraudulence fraudulences fraulein frauleins fraus fray frays frazzle frazzles freakishness
freakishnesses freedom freedoms freeings freemail freemails freemasonries freemasonry freestyle
freestyles freethinking freethinkings freeware freewares freezings french frenches frenzies
frenzy frequentative frequentatives freshet freshets freshness freshnesses fretfulness
fretfulnesses friabilities friability fricatives friction frictions friendlessness
friendlessnesses friendliness friendlinesses friendship friendships fright frightenings
frightfulness frightfulnesses frights frigidities frigidity frigidness frigidnesses frisk
friskiness friskinesses frisking friskings frisks frisson frissons friuli friulian friulians
friulis frivolities frivolity frivolousness frivolousnesses frizz frizzes frolic frolics
frolicsomeness frolicsomenesses frontage frontages frostbite frostbites frostiness frostinesses
frothiness frothinesses frottage frottages fructification fructifications fructosuria
fructosurias frugalities frugality frugalness frugalnesses fruitfulness fruitfulnesses fruition
fruitions fruitlessness fruitlessnesses frustration frustrations fryings ftp ftps fuck fuckings
fucks fuddle fuddles fuelings fug fugaciousness fugaciousnesses fugacities fugacity fugs fugue
fugues fukien fukiens fukkianese fukkianeses ful fulfillment fulfillments fulfilment fulfilments
fullness fullnesses fulmination fulminations fuls fulsomeness fulsomenesses fumigation
fumigations fun funambulism funambulisms function functionalism functionalisms functionalities
functionality functionings functions fundament fundamentalism fundamentalisms fundamentals
fundamentalses fundaments funeral funerals fungibilities fungibility funiculitis funiculitises
funk funks funnies funnieses funniness funninesses funrun funruns funs furies furiousness
furiousnesses furor furore furores furors furring furrings furtherance furtherances furtiveness
furtivenesses furuncle furuncles furunculosis furunculosises fury fuschia fuschias fusillade
fusillades fusion fusions fussiness fussinesses fustian fustians futilities futility futuristics
futuristicses futurologies futurology fuzziness fuzzinesses gab gabfest gabfests gabs gad gads
gaelics gaffe gaffes gag gags gaieties gaiety gainfulness gainfulnesses gala galactocele
galactoceles galactosemia galactosemias galactosis galactosises galas gale gales galician
galicians gall gallantries gallantry gallicism gallicisms galls galvanisation galvanisations
galvanism galvanisms galvanization galvanizations gambit gambits gambling gamblings gambol
gambols game gameness gamenesses games gamesmanship gamesmanships gametogenesis gametogenesises
gaminess gaminesses gaming gamings gamma gammas gammopathies gammopathy gamut gamuts gangrene
gangrenes gantlet gantlets gaolbreak gaolbreaks gap gaps garboil garboils garbologies garbology
gardenings gargoylism gargoylisms garishness garishnesses garnishment garnishments garrulities
garrulity garrulousness garrulousnesses gas gasconade gasconades gaseousness gaseousnesses gases
gasification gasifications gaslight gaslights gassing gassings gastralgia gastralgias
gastrectomies gastrectomy gastritis gastritises gastroenteritis gastroenteritises
gastroenterologies gastroenterology gastroenterostomies gastroenterostomy gastrogavage
gastrogavages gastromies gastromy gastroscopies gastroscopy gastrostomies gastrostomy
gastrulation gastrulations gatefold gatefolds gathic gathics gaucheness gauchenesses gaucherie
gaucheries gauderies gaudery gaudiness gaudinesses gauntlet gauntlets gauntness gauntnesses
gavage gavages gavotte gavottes gawkiness gawkinesses gayness gaynesses gazette gazettes gca
gcas gcse gcses gegenschein gegenscheins gehenna gehennas gelatinousness gelatinousnesses
gelidities gelidity geminate geminates gemination geminations gemmation gemmations gemmule
gemmules gen gender genders generalcies generalcy generalisation generalisations generalities
generality generalization generalizations generalship generalships generosities generosity
generousness generousnesses genesis genesises geneticism geneticisms genetics geneticses
genialities geniality genitives genocide genocides genomics genomicses genre genres genteelness
genteelnesses gentilities gentility gentleness gentlenesses gentrification gentrifications
genuflection genuflections genuflexion genuflexions genuineness genuinenesses genus genuses
geochemistries geochemistry geodesies geodesy geographics geographicses geographies geography
geologies geology geomancies geomancy geometries geometry geomorphologies geomorphology
geophagia geophagias geophagies geophagy geophysics geophysicses geopolitics geopoliticses
geostrategies geostrategy geotropism geotropisms geriatrics geriatricses germ germaneness
germanenesses germanics germanism germanisms germination germinations germs gerontologies
gerontology gerrymander gerrymanders gerund gerunds gestalt gestalts gesticulation
gesticulations gesture gestures getaway getaways getting gettings ghastliness ghastlinesses gheg
ghegs ghost ghostliness ghostlinesses ghosts giantism giantisms giardiasis giardiasises gibber
gibberish gibberishes gibbers gibe gibes gidar gidars giddiness giddinesses gigantism gigantisms
gigo gigos gigue gigues gikuyu gikuyus gimel gimels gimmick gimmicks gimp gimpiness gimpinesses
gimps gingivitis gingivitises giriama giriamas girlishness girlishnesses girondism girondisms
girth girths gist gists givenness givennesses givens givings glaciation glaciations gladfulness
gladfulnesses gladness gladnesses gladsomeness gladsomenesses glamor glamorisation
glamorisations glamorization glamorizations glamors glamour glamourisation glamourisations
glamourization glamourizations glamours glanders glanderses glasnost glasnosts glaucoma
glaucomas gleamings glee gleefulness gleefulnesses glees glibness glibnesses glidings glimmer
glimmering glimmerings glimmers glimpse glimpses glioblastoma glioblastomas glioma gliomas
glissade glissades glissandos glister glisters glitch glitches glitz glitzes gloatings
globalisation globalisations globalization globalizations globosities globosity globularness
globularnesses glomerulonephritis glomerulonephritises gloom gloominess gloominesses glooms
glories glorification glorifications gloriole glorioles glory gloss glossalgia glossalgias
glossaries glossary glosses glossies glossiness glossinesses glossitis glossitises glossodynia
glossodynias glossolalia glossolalias glossoptosis glossoptosises glottochronologies
glottochronology glowings glucosuria glucosurias glueyness glueynesses gluiness gluinesses
glumness glumnesses glutinosities glutinosity glutinousness glutinousnesses gluttonies gluttony
glycogenesis glycogenesises glycolysis glycolysises glycosuria glycosurias gnosis gnosises
gnosticism gnosticisms goadings goal goals gobbledygook gobbledygooks godlessness godlessnesses
godliness godlinesses godsend godsends godspeed godspeeds goidelic goidelics goings goiter
goiters goitre goitres goldbricking goldbrickings golf golfing golfings golfs gondi gondis
gongorism gongorisms gonioscopies gonioscopy gonorrhea gonorrheas gonorrhoea gonorrhoeas
goodbies goodby goodbye goodbyes goodness goodnesses goods googlies googly goosebump goosebumps
gooseflesh goosefleshes gospel gospels gospelses gossip gossiping gossipings gossipmongering
gossipmongerings gossips gothics gotterdammerung gotterdammerungs gourmandism gourmandisms gout
gouts governings governorship governorships gpa gpas grace gracefulness gracefulnesses
gracelessness gracelessnesses graces gracilities gracility graciousness graciousnesses gradation
gradations gradient gradients grading gradings gradualities graduality gradualness gradualnesses
graduals graduation graduations grafting graftings grail grails graininess graininesses graining
grainings grammar grammars grammatolatries grammatolatry grandeur grandeurs grandiloquence
grandiloquences grandiosities grandiosity grandness grandnesses granularities granularity
granulation granulations granulocytopenia granulocytopenias granuloma granulomas grapevine
grapevines graph grapheme graphemes graphics graphicses graphologies graphology graphospasm
graphospasms graphs grapplings graspings grassfire grassfires gratefulness gratefulnesses
gratification gratifications gratitude gratitudes graveness gravenesses gravida gravidas
gravidation gravidations gravidities gravidity gravidness gravidnesses gravimetries gravimetry
gravitas gravitases gravitation gravitations gravities gravity gravure gravures grayness
graynesses grays grazings greasiness greasinesses greatness greatnesses greed greediness
greedinesses greeds greeks greening greenings greenishness greenishnesses greenmail greenmails
greenness greennesses greensickness greensicknesses greetings gregariousness gregariousnesses
greyness greynesses grid grids grief griefs grievance grievances grillings grime grimes
griminess griminesses grimness grimnesses grimoire grimoires grinning grinnings gripe gripes
gripeses griping gripings grippe grippes grogginess grogginesses groomings grooving groovings
grossness grossnesses grotesqueness grotesquenesses grotesquerie grotesqueries grotesquery
groundball groundballs groundbreakings grounder grounders groundings groundlessness
groundlessnesses grounds groundses groundwork groundworks group grouping groupings groups
groupthink groupthinks groupware groupwares growings growlings growth growths grubbiness
grubbinesses grudge grudges gruesomeness gruesomenesses gruffness gruffnesses grumblings
grumpiness grumpinesses grundyism grundyisms grunge grunges gsr gsrs guardianship guardianships
guessings guesstimate guesstimates guesswork guessworks guestimate guestimates guff guffaw
guffaws guffs gui guidance guidances guidebook guidebooks guideline guidelines guidepost
guideposts guideword guidewords guile guiles guillotine guillotines guilt guiltiness
guiltinesses guiltlessness guiltlessnesses guilts guis guise guises gula gulas gullibilities
gullibility gulpings gumboil gumboils gumma gummas gumminess gumminesses gumming gummings
gummosis gummosises gumption gumptions gunfight gunfights gunfire gunfires gunplay gunplays
gunrunning gunrunnings gunshot gunshots gur gurgle gurgles gurs gust gustation gustations gusto
gustos gusts gutlessness gutlessnesses guts gutses gutsiness gutsinesses gutturals guzzlings
gymkhana gymkhanas gymnastics gymnasticses gymnosophies gymnosophy gynaecologies gynaecology
gynaeolatries gynaeolatry gynecologies gynecology gynecomastia gynecomastias gyneolatries
gyneolatry gynogenesis gynogenesises gynophobia gynophobias gyp gyration gyrations habanera
habaneras habit habitabilities habitability habitableness habitablenesses habits habituation
habituations habitude habitudes habitus habituses hacek haceks hachure hachures hackles
hackleses hackwork hackworks hades hadeses hadith hadiths hadj hadjs haecceities haecceity
haemagglutination haemagglutinations haemangioma haemangiomas haematemesis haematemesises
haematocele haematoceles haematochezia haematochezias haematocoele haematocoeles
haematocolpometra haematocolpometras haematocolpos haematocolposes haematocrit haematocrits
haematocytopenia haematocytopenias haematocyturia haematocyturias haematogenesis
haematogenesises haematologies haematology haematolysis haematolysises haematoma haematomas
haematopoiesis haematopoiesises haematuria haematurias haemodialysis haemodialysises
haemogenesis haemogenesises haemoglobinemia haemoglobinemias haemoglobinopathies
haemoglobinopathy haemoglobinuria haemoglobinurias haemolysis haemolysises haemophilia
haemophilias haemopoiesis haemopoiesises haemoptysis haemoptysises haemorrhage haemorrhages
haemorrhoid haemorrhoidectomies haemorrhoidectomy haemorrhoids haemosiderosis haemosiderosises
haemostasia haemostasias haemostasis haemostasises haemothorax haemothoraxes hagada hagadas
haggada haggadah haggadahs haggadas hagglings hagiographies hagiography hagiolatries hagiolatry
hagiologies hagiology haiku haikus hailstorm hailstorms haircare haircares hairiness hairinesses
hairlessness hairlessnesses hairline hairlines hairsplittings hairweaving hairweavings haj hajj
hajjs hajs hakenkreuz hakenkreuzes hakham hakhams halacha halachas halaka halakah halakahs
halakas haleness halenesses hallelujah hallelujahs hallmark hallmarks halloo halloos
hallucination hallucinations hallucinosis hallucinosises halma halmas halo halos hamartia
hamartias hamartoma hamartomas hamitic hamitics hammerings hammerlock hammerlocks hamming
hammings handbill handbills handbook handbooks handclap handclaps handclasp handclasps
handedness handednesses handel handels handicap handicaps handiness handinesses handlings
handmaid handmaiden handmaidens handmaids handoff handoffs handout handouts handover handovers
handses handshake handshakes handshaking handshakings handsomeness handsomenesses handspring
handsprings handstand handstands handwriting handwritings hangover hangovers hani hanis
hankerings hansard hansards hap haphazardness haphazardnesses haploidies haploidy happenings
happenstance happenstances happiness happinesses haps harakiri harakiris harassment harassments
harbinger harbingers hardball hardballs hardenings hardheartedness hardheartednesses hardihood
hardihoods hardiness hardinesses hardness hardnesses hardship hardships harelip harelips
harikari harikaris harlequinade harlequinades harlotries harlotry harm harmattan harmattans
harmfulness harmfulnesses harmonics harmonicses harmonies harmoniousness harmoniousnesses
harmonisation harmonisations harmonization harmonizations harmony harms harshness harshnesses
harvestings hashmark hashmarks hassidism hassidisms hassle hassles haste hastes hastinapura
hastinapuras hastiness hastinesses hatching hatchings hatefulness hatefulnesses hatred hatreds
haughtiness haughtinesses haulage haulages haulings hauteur hauteurs havoc havocs hawaiian
hawaiians hawkings hawkishness hawkishnesses haydn haydns haying hayings haymaking haymakings
hazard hazardousness hazardousnesses hazards haze hazes haziness hazinesses hdtv hdtvs headache
headaches header headers headings headline headlines headlinese headlineses headlock headlocks
headmastership headmasterships headmistressship headmistressships headshake headshakes
headshaking headshakings headship headships headstand headstands headwind headwinds headword
headwords healings health healthcare healthcares healthfulness healthfulnesses healthiness
healthinesses healths hearings hearsays heart heartache heartaches heartbeat heartbeats
heartbreak heartbreaks heartburn heartburning heartburnings heartburns heartiness heartinesses
heartlessness heartlessnesses heartrot heartrots hearts heartses heartsickness heartsicknesses
heartstrings heartstringses heat heathenism heathenisms heatings heats heatstroke heatstrokes
heaveses heaviness heavinesses heavings heavyheartedness heavyheartednesses hebephrenia
hebephrenias hebetude hebetudes hebrew hecatomb hecatombs heckling hecklings hedonism hedonisms
heedfulness heedfulnesses heedlessness heedlessnesses heftiness heftinesses hegira hegiras
height heinousness heinousnesses hejira hejiras heliogram heliograms heliolatries heliolatry
heliotherapies heliotherapy heliotropism heliotropisms hellenics hellenism hellenisms hellfire
hellfires hello hellos helminthiasis helminthiasises helpdesk helpdesks helpfulness
helpfulnesses helplessness helplessnesses helvetica helveticas hemagglutination
hemagglutinations hemangioma hemangiomas hematemesis hematemesises hematocele hematoceles
hematochezia hematochezias hematocoele hematocoeles hematocolpometra hematocolpometras
hematocolpos hematocolposes hematocrit hematocrits hematocyst hematocysts hematocytopenia
hematocytopenias hematocyturia hematocyturias hematogenesis hematogenesises hematologies
hematology hematolysis hematolysises hematoma hematomas hematopoiesis hematopoiesises hematuria
hematurias hemeralopia hemeralopias hemianopia hemianopias hemianopsia hemianopsias hemicrania
hemicranias hemidemisemiquaver hemidemisemiquavers hemimetabolies hemimetabolism hemimetabolisms
hemimetaboly hemimetamorphosis hemimetamorphosises hemiplegia hemiplegias hemochromatosis
hemochromatosises hemodialysis hemodialysises hemodynamics hemodynamicses hemogenesis
hemogenesises hemoglobinemia hemoglobinemias hemoglobinopathies hemoglobinopathy hemoglobinuria
hemoglobinurias hemolysis hemolysises hemophilia hemophilias hemopoiesis hemopoiesises
hemoptysis hemoptysises hemorrhage hemorrhages hemorrhoid hemorrhoidectomies hemorrhoidectomy
hemorrhoids hemosiderosis hemosiderosises hemostasia hemostasias hemostasis hemostasises
hemothorax hemothoraxes hendiadys hendiadyses hepatitis hepatitises hepatocarcinoma
hepatocarcinomas hepatoma hepatomas hepatomegalies hepatomegaly heraldries heraldry
hereditarianism hereditarianisms heredities heredity hereness herenesses heresies heresy
heritage heritages hermaphrodism hermaphrodisms hermaphroditism hermaphroditisms hermeneutics
hermeneuticses hernia hernias herniation herniations heroics heroicses heroism heroisms
herpangia herpangias herpes herpeses herpetologies herpetology hesitance hesitances hesitancies
hesitancy hesitation hesitations heterodoxies heterodoxy heterogeneities heterogeneity
heterogeneousness heterogeneousnesses heterogenesis heterogenesises heterologies heterology
heterometabolies heterometabolism heterometabolisms heterometaboly heteronym heteronyms
heteroploidies heteroploidy heterosexism heterosexisms heterosexualism heterosexualisms
heterosexualities heterosexuality heterosis heterosises heterospories heterospory heterotaxies
heterotaxy heterotroph heterotrophs heterozygosities heterozygosity heth heths heuristics hex
hexameter hexameters hexes hi hiatus hiatuses hibernation hibernations hiccough hiccoughs hiccup
hiccups hickey hickeys hiddenness hiddennesses hideousness hideousnesses hidings hidrosis
hidrosises hieratics hieroglyph hieroglyphics hieroglyphs hierolatries hierolatry highjack
highjacking highjackings highjacks highlife highlifes highlightings highs highwater highwaters
higi higis hijackings hijinks hijinkses hike hikes hikings hilarities hilarity hilliness
hillinesses himalayish himalayishes hinayanism hinayanisms hinderance hinderances hindis
hindoostani hindoostanis hindostani hindostanis hindrance hindrances hindsight hindsights
hirsuteness hirsutenesses hirsutism hirsutisms hissing hissings histiocytosis histiocytosises
histocompatibilities histocompatibility histogram histograms histoincompatibilities
histoincompatibility histologies histology historicalness historicalnesses historicism
historicisms historiographies historiography histrionics histrionicses hitting hittings hiv
hives hiveses hivs hnd hnds hoariness hoarinesses hoarseness hoarsenesses hoax hoaxes hobbies
hobby hobbyhorse hobbyhorses hobbyism hobbyisms hockey hockeys hoggishness hoggishnesses hogwash
hogwashes hokan hokans hokkianese hokkianeses hokum hokums holdings holdup holdups holiness
holinesses holism holisms holla hollas hollerings hollo holloa holloas hollos hollowness
hollownesses holocaust holocausts holograph holographies holographs holography holometabolies
holometabolism holometabolisms holometaboly holonym holonymies holonyms holonymy holotype
holotypes homage homages homecoming homecomings homelessness homelessnesses homeliness
homelinesses homemaking homemakings homeopathies homeopathy homeostasis homeostasises homepage
homepages homer homers homesickness homesicknesses homestretch homestretches homework homeworks
homicide homicides homiletics homileticses homilies homily homoeopathies homoeopathy
homoeroticism homoeroticisms homogeneities homogeneity homogeneousness homogeneousnesses
homogenies homogenisation homogenisations homogenization homogenizations homogeny homograph
homographs homologies homology homomorphies homomorphism homomorphisms homomorphy homonym
homonymies homonyms homonymy homophobia homophobias homophone homophones homophonies homophony
homosexualism homosexualisms homosexualities homosexuality homospories homospory homozygosities
homozygosity honesties honestness honestnesses honesty honk honks honorableness honorablenesses
honorifics honorings honour honourableness honourablenesses honourses hoodooism hoodooisms hooey
hooeys hoofing hoofings hoofprint hoofprints hookies hookings hooky hooliganism hooliganisms
hoopla hooplas hoops hoopses hooray hoorays hopefulness hopefulnesses hopelessness
hopelessnesses hopscotch hopscotches hordeolum hordeolums horizontalities horizontality
horizontals hornbook hornbooks horniness horninesses hornpipe hornpipes horologies horology
horoscope horoscopes horoscopies horoscopy horridness horridnesses horripilation horripilations
horror horrors horselaugh horselaughs horsemanship horsemanships horseplay horseplays horseshit
horseshits horseshoes horseshoeses horseshow horseshows horsewhipping horsewhippings
horticulture horticultures hosanna hosannas hospitableness hospitablenesses hospitalisation
hospitalisations hospitalities hospitality hostilities hostilitieses hostility hotbed hotbeds
hotfoots hotness hotnesses hottentot hottentots housebreaking housebreakings housecleaning
housecleanings housecraft housecrafts housekeeping housekeepings housewiferies housewifery
housework houseworks houyhnhnms houyhnhnmses howdies howdy howl howler howlers howlings howls
hoydenism hoydenisms hrt hrts html htmls http https hubbub hubbubs hubris hubrises hue hues huff
huffiness huffinesses huffing huffings huffishness huffishnesses huffs hugging huggings hula
hulas hullabaloo hullabaloos hullo hullos humaneness humanenesses humanisation humanisations
humanism humanisms humanitarianism humanitarianisms humanities humanitieses humanity
humanization humanizations humanness humannesses humbleness humblenesses humbug humbugs humdrums
humidities humidity humidness humidnesses humification humifications humiliation humiliations
humilities humility humming hummings humor humorings humorousness humorousnesses humors humour
humours humpback humpbacks hunch hunchback hunchbacks hunches hundredths hunger hungers
hungriness hungrinesses hunting huntings hurdleses hurdlings hurlings hurrah hurrahs hurricane
hurricanes hurriedness hurriednesses hurryings hurtings husbandries husbandry hushings huskiness
huskinesses husking huskings hustings hustingses hutzpah hutzpahs hyalinisation hyalinisations
hyalinization hyalinizations hybridisation hybridisations hybridization hybridizations
hybridizing hybridizings hybrids hydatid hydatidosis hydatidosises hydatids hydramnios
hydramnioses hydrarthrosis hydrarthrosises hydration hydrations hydraulics hydraulicses hydremia
hydremias hydrocele hydroceles hydrocephalies hydrocephalus hydrocephaluses hydrocephaly
hydrocracking hydrocrackings hydrodynamics hydrodynamicses hydroelectricities hydroelectricity
hydrogenation hydrogenations hydrographies hydrography hydrokinetics hydrokineticses hydrologies
hydrology hydrolysis hydrolysises hydromancies hydromancy hydrometries hydrometry hydronephrosis
hydronephrosises hydropathies hydropathy hydrophobia hydrophobias hydrophobicities
hydrophobicity hydroponics hydroponicses hydrops hydropses hydrostatics hydrostaticses
hydrotherapies hydrotherapy hydrothorax hydrothoraxes hygiene hygienes hygienics hygienicses
hymeneals hymenealses hymn hymnal hymnals hymnaries hymnary hymnbook hymnbooks hymnodies hymnody
hymns hypallage hypallages hype hyperacidities hyperacidity hyperactivities hyperactivity
hyperacusia hyperacusias hyperacusis hyperacusises hyperadrenalism hyperadrenalisms
hyperadrenocorticism hyperadrenocorticisms hyperaemia hyperaemias hyperaldosteronism
hyperaldosteronisms hyperalimentation hyperalimentations hyperbaton hyperbatons
hyperbetalipoproteinemia hyperbetalipoproteinemias hyperbilirubinemia hyperbilirubinemias
hyperbole hyperboles hypercalcaemia hypercalcaemias hypercalcemia hypercalcemias hypercalcinuria
hypercalcinurias hypercalciuria hypercalciurias hypercapnia hypercapnias hypercarbia
hypercarbias hypercatalectics hypercellularities hypercellularity hypercholesteremia
hypercholesteremias hypercholesterolemia hypercholesterolemias hyperdactylies hyperdactyly
hyperemesis hyperemesises hyperemia hyperemias hyperextension hyperextensions hyperglycaemia
hyperglycaemias hyperglycemia hyperglycemias hyperhidrosis hyperhidrosises hypericism
hypericisms hyperidrosis hyperidrosises hyperkalemia hyperkalemias hyperlink hyperlinks
hyperlipaemia hyperlipaemias hyperlipemia hyperlipemias hyperlipidaemia hyperlipidaemias
hyperlipidemia hyperlipidemias hyperlipoidaemia hyperlipoidaemias hyperlipoidemia
hyperlipoidemias hyperlipoproteinemia hyperlipoproteinemias hypermedia hypermedias
hypermenorrhea hypermenorrheas hypermetropia hypermetropias hypermetropies hypermetropy
hypermotilities hypermotility hypernatremia hypernatremias hypernym hypernymies hypernyms
hypernymy hyperopia hyperopias hyperparathyroidism hyperparathyroidisms hyperpiesia hyperpiesias
hyperpiesis hyperpiesises hyperpigmentation hyperpigmentations hyperpituitarism
hyperpituitarisms hyperplasia hyperplasias hyperpnea hyperpneas hyperpyrexia hyperpyrexias
hypersecretion hypersecretions hypersensitivities hypersensitivity hypersomnia hypersomnias
hypersplenism hypersplenisms hypertension hypertensions hypertext hypertexts hyperthermia
hyperthermias hyperthermies hyperthermy hyperthyroidism hyperthyroidisms hypertonia hypertonias
hypertonicities hypertonicity hypertonus hypertonuses hypertrophies hypertrophy hyperventilation
hyperventilations hypervitaminosis hypervitaminosises hypervolaemia hypervolaemias hypervolemia
hypervolemias hypes hypesthesia hypesthesias hyphema hyphemas hyphen hyphenation hyphenations
hyphens hypnoanalysis hypnoanalysises hypnogenesis hypnogenesises hypnopedia hypnopedias
hypnophobia hypnophobias hypnosis hypnosises hypnotherapies hypnotherapy hypnotism hypnotisms
hypoadrenalism hypoadrenalisms hypoadrenocorticism hypoadrenocorticisms hypobetalipoproteinemia
hypobetalipoproteinemias hypocalcaemia hypocalcaemias hypocalcemia hypocalcemias hypocapnia
hypocapnias hypocellularities hypocellularity hypochondria hypochondrias hypochondriasis
hypochondriasises hypocorism hypocorisms hypocrisies hypocrisy hypoesthesia hypoesthesias
hypogammaglobulinemia hypogammaglobulinemias hypoglycaemia hypoglycaemias hypoglycemia
hypoglycemias hypogonadism hypogonadisms hypokalemia hypokalemias hypolipoproteinemia
hypolipoproteinemias hyponatremia hyponatremias hyponym hyponymies hyponyms hyponymy
hypoparathyroidism hypoparathyroidisms hypophysectomies hypophysectomy hypopigmentation
hypopigmentations hypoplasia hypoplasias hypopnea hypopneas hypoproteinemia hypoproteinemias
hyposmia hyposmias hypospadias hypospadiases hypostasis hypostasises hypostatisation
hypostatisations hypostatization hypostatizations hypotension hypotensions hypothermia
hypothermias hypothesis hypothesises hypotheticals hypothrombinemia hypothrombinemias
hypothyroidism hypothyroidisms hypotonia hypotonias hypotonicities hypotonicity hypotonus
hypotonuses hypovitaminosis hypovitaminosises hypovolaemia hypovolaemias hypovolemia
hypovolemias hypoxia hypoxias hypozeugma hypozeugmas hypozeuxis hypozeuxises hypsographies
hypsography hypsometries hypsometry hysterectomies hysterectomy hysteresis hysteresises hysteria
hysterias hysterics hystericses hysterocatalepsies hysterocatalepsy hysteroscopies hysteroscopy
hysterotomies hysterotomy iamb iambics iambs iambus iambuses icelandic icelandics ichthyolatries
ichthyolatry ichthyologies ichthyology ichthyosis ichthyosises iciness icinesses icing icings
icon iconoclasm iconoclasms iconolatries iconolatry iconologies iconology icons icterus
icteruses ictus ictuses id iddm iddms idea idealisation idealisations idealism idealisms
idealities ideality idealization idealizations ideals ideas ideation ideations identicalness
identicalnesses identification identifications identifier identifiers identities identity
ideogram ideograms ideograph ideographies ideographs ideography ideologies ideology idiocies
idiocy idiolatries idiolatry idiolect idiolects idiom idioms idiopathies idiopathy
idiosyncrasies idiosyncrasy iditarod iditarods idleness idlenesses idlings ido idolatries
idolatry idolisation idolisations idolization idolizations idos idp idps ids idyl idyll idylls
idyls ignition ignitions ignobilities ignobility ignobleness ignoblenesses ignominies
ignominiousness ignominiousnesses ignominy ignorance ignorances ignorantness ignorantnesses
ijtihad ijtihads ileitis ileitises ileostomies ileostomy ileus ileuses ilk ilks illation
illations illegalities illegality illegibilities illegibility illegitimacies illegitimacy
illiberalities illiberality illicitness illicitnesses illiteracies illiteracy illness illnesses
illogic illogicalities illogicality illogicalness illogicalnesses illogics ills illuminance
illuminances illumination illuminations illusion illusions illustration illustrations
illustriousness illustriousnesses illyrian illyrians image imageries imagery images imagination
imaginations imaginativeness imaginativenesses imaging imagings imago imagos imbalance
imbalances imbecilities imbecility imbibings imbibition imbibitions imbroglio imbroglios
imitation imitations immaculateness immaculatenesses immanence immanences immanencies immanency
immaterialities immateriality immatureness immaturenesses immaturities immaturity immediacies
immediacy immediateness immediatenesses immenseness immensenesses immensities immensity
immersion immersions immigration immigrations imminence imminences imminencies imminency
imminentness imminentnesses immobilisation immobilisations immobilities immobility
immobilization immobilizations immobilizing immobilizings immoderateness immoderatenesses
immoderation immoderations immodesties immodesty immolation immolations immoralities immorality
immortalities immortality immotilities immotility immovabilities immovability immovableness
immovablenesses immunisation immunisations immunities immunity immunization immunizations
immunoassay immunoassays immunochemistries immunochemistry immunocompetence immunocompetences
immunodeficiencies immunodeficiency immunoelectrophoresis immunoelectrophoresises
immunofluorescence immunofluorescences immunogenicities immunogenicity immunohistochemistries
immunohistochemistry immunologies immunology immunopathologies immunopathology immunosuppression
immunosuppressions immunotherapies immunotherapy immurement immurements immutabilities
immutability immutableness immutablenesses impact impaction impactions impacts impairment
impairments impalement impalements impalpabilities impalpability impartation impartations
impartialities impartiality impartings impasse impasses impassiveness impassivenesses
impassivities impassivity impasto impastos impatience impatiences impeachabilities
impeachability impeachment impeachments impeccabilities impeccability impecuniousness
impecuniousnesses impedance impedances impediment impediments impendence impendences
impendencies impendency impenetrabilities impenetrability impenetrableness impenetrablenesses
impenitence impenitences impenitencies impenitency imperativeness imperativenesses imperatives
imperceptibilities imperceptibility imperfectibilities imperfectibility imperfection
imperfections imperfective imperfectives imperfectness imperfectnesses imperfects imperialism
imperialisms imperiousness imperiousnesses imperishabilities imperishability imperishableness
imperishablenesses imperishingness imperishingnesses impermanence impermanences impermanencies
impermanency impermeabilities impermeability impermeableness impermeablenesses
impermissibilities impermissibility impersonation impersonations impertinence impertinences
imperturbabilities imperturbability imperturbableness imperturbablenesses imperviousness
imperviousnesses impetigo impetigos impetuosities impetuosity impetuousness impetuousnesses
impetus impetuses impieties impiety impingement impingements impinging impingings impiousness
impiousnesses impishness impishnesses implantation implantations implausibilities implausibility
implausibleness implausiblenesses implementation implementations implication implications
implicitness implicitnesses implosion implosions impoliteness impolitenesses imponderables
importance importances importation importations importings importunities importunity imposition
impositions impossibilities impossibility impossibleness impossiblenesses impossibles imposture
impostures impotence impotences impotencies impotency impounding impoundings impoundment
impoundments impoverishment impoverishments impracticabilities impracticability
impracticableness impracticablenesses impracticalities impracticality imprecation imprecations
impreciseness imprecisenesses imprecision imprecisions impregnabilities impregnability
impression impressions impressiveness impressivenesses impressment impressments imprimatur
imprimaturs imprintings imprisonment imprisonments improbabilities improbability improbableness
improbablenesses impromptu impromptus improperness impropernesses improprieties impropriety
improvement improvements improvidence improvidences imprudence imprudences impudence impudences
impuissance impuissances impulse impulses impulsion impulsions impulsiveness impulsivenesses
impunities impunity impureness impurenesses imputation imputations inabilities inability
inaccessibilities inaccessibility inaccuracies inaccuracy inaction inactions inactivation
inactivations inactiveness inactivenesses inactivities inactivity inadequacies inadequacy
inadequateness inadequatenesses inadmissibilities inadmissibility inadvertence inadvertences
inadvertencies inadvertency inadvisabilities inadvisability inanimateness inanimatenesses
inanities inanition inanitions inanity inapplicabilities inapplicability inappositeness
inappositenesses inappropriateness inappropriatenesses inaptitude inaptitudes inaptness
inaptnesses inattention inattentions inattentiveness inattentivenesses inaudibilities
inaudibility inaudibleness inaudiblenesses inaugurals inauguration inaugurations
inauspiciousness inauspiciousnesses inbreeding inbreedings incalescence incalescences
incandescence incandescences incantation incantations incapabilities incapability incapableness
incapablenesses incapacities incapacity incarceration incarcerations incasement incasements
incaution incautions incautiousness incautiousnesses incendiarism incendiarisms incentive
incentives inception inceptions incertitude incertitudes incessancies incessancy incessantness
incessantnesses incest incests inchoatives incidence incidences incident incidents incineration
incinerations incisiveness incisivenesses incitation incitations incitement incitements
incivilities incivility inclemencies inclemency inclementness inclementnesses inclination
inclinations inclinings inclosure inclosures inclusion inclusions incognizance incognizances
incoherence incoherences incoherencies incoherency incomings incommodiousness incommodiousnesses
incommutabilities incommutability incompatibilities incompatibility incompetence incompetences
incompetencies incompetency incompleteness incompletenesses incomprehensibilities
incomprehensibility incomprehension incomprehensions incompressibilities incompressibility
inconceivabilities inconceivability inconceivableness inconceivablenesses inconclusiveness
inconclusivenesses incongruities incongruity incongruousness incongruousnesses inconsequence
inconsequences inconsiderateness inconsideratenesses inconsideration inconsiderations
inconsistencies inconsistency inconspicuousness inconspicuousnesses inconstancies inconstancy
incontinence incontinences incontinencies incontinency incontrovertibilities incontrovertibility
incontrovertibleness incontrovertiblenesses inconvenience inconveniences inconvertibilities
inconvertibility incoordination incoordinations incorporation incorporations incorporealities
incorporeality incorrectness incorrectnesses incorruptibilities incorruptibility incorruption
incorruptions incorruptness incorruptnesses incredibilities incredibility incredibleness
incrediblenesses incredulities incredulity increment increments incrimination incriminations
incrustation incrustations incubation incubations inculcation inculcations inculpabilities
inculpability inculpableness inculpablenesses inculpation inculpations incurabilities
incurability incurableness incurablenesses incurrence incurrences incurring incurrings incursion
incursions indebtedness indebtednesses indecencies indecency indecision indecisions
indecisiveness indecisivenesses indecorousness indecorousnesses indecorum indecorums
indefatigabilities indefatigability indefatigableness indefatigablenesses indefiniteness
indefinitenesses indefinities indefinity indelicacies indelicacy indemnities indemnity indent
indention indentions indents independence independences independencies independency
indestructibilities indestructibility indeterminacies indeterminacy indeterminateness
indeterminatenesses indetermination indeterminations index indexation indexations indexes
indexing indexings indic indicant indicants indication indications indicatives indicator
indicators indics indictabilities indictability indictment indictments indifference
indifferences indigence indigences indigenousness indigenousnesses indigestibilities
indigestibility indigestibleness indigestiblenesses indigestion indigestions indignation
indignations indignities indignity indirection indirections indirectness indirectnesses
indiscipline indisciplines indiscreetness indiscreetnesses indiscretion indiscretions
indispensabilities indispensability indispensableness indispensablenesses indisposition
indispositions indisputabilities indisputability indistinctness indistinctnesses
indistinguishabilities indistinguishability individual individualisation individualisations
individualism individualisms individualities individuality individualization individualizations
individuals individuation individuations indoctrination indoctrinations indolence indolences
indomitabilities indomitability indorsement indorsements indubitabilities indubitability
inducement inducements inducings inductance inductances induction inductions indulgence
indulgences indulgings induration indurations industrialisation industrialisations
industrialization industrializations industriousness industriousnesses indweller indwellers
inebriation inebriations inebrieties inebriety ineffectiveness ineffectivenesses
ineffectualities ineffectuality ineffectualness ineffectualnesses inefficacies inefficaciousness
inefficaciousnesses inefficacy inefficiencies inefficiency inelasticities inelasticity
inelegance inelegances ineligibilities ineligibility ineluctabilities ineluctability ineptitude
ineptitudes ineptness ineptnesses inequalities inequality inequities inequity inerrancies
inerrancy inertia inertias inertness inertnesses inessentialities inessentiality inevitabilities
inevitability inevitableness inevitablenesses inevitables inexactitude inexactitudes inexactness
inexactnesses inexorabilities inexorability inexorableness inexorablenesses inexpedience
inexpediences inexpediencies inexpediency inexpensiveness inexpensivenesses inexperience
inexperiences inexplicitness inexplicitnesses infallibilities infallibility infamies infamy
infantilism infantilisms infarct infarction infarctions infarcts infatuation infatuations
infeasibilities infeasibility infection infections infelicities infelicity inference inferences
inferiorities inferiority infertilities infertility infestation infestations infidelities
infidelity infiltration infiltrations infiniteness infinitenesses infinites infinitesimals
infinitive infinitives infirmities infirmity infix infixes inflamings inflammabilities
inflammability inflammation inflammations inflation inflations inflection inflections
inflexibilities inflexibility inflexibleness inflexiblenesses inflexion inflexions infliction
inflictions inflorescence inflorescences inflow inflows influence influences influenza
influenzas influx influxes info infolding infoldings infomercial infomercials informalities
informality informatics informaticses information informations informercial informercials
informings infos infotainment infotainments infraction infractions infrareds infrequencies
infrequency infrigidation infrigidations infringement infringements infructescence
infructescences infuriation infuriations ingathering ingatherings ingeniousness ingeniousnesses
ingenuities ingenuity ingenuousness ingenuousnesses ingestion ingestions ingraining ingrainings
ingratiation ingratiations ingratitude ingratitudes ingress ingresses inhabitancies inhabitancy
inhabitation inhabitations inhalation inhalations inharmoniousness inharmoniousnesses inherence
inherences inherencies inherency inheritance inheritances inhibition inhibitions inhomogeneities
inhomogeneity inhospitableness inhospitablenesses inhospitalities inhospitality inhumaneness
inhumanenesses inhumanities inhumanity inhumation inhumations iniquities iniquity initialisation
initialisations initialization initializations initials initiation initiations initiative
initiatives injection injections injudiciousness injudiciousnesses injunction injunctions
injuries injuriousness injuriousnesses injury injustice injustices inkblot inkblots inkiness
inkinesses inkling inklings inmarriage inmarriages innateness innatenesses innervation
innervations innings inningses innocence innocences innocencies innocency innovativeness
innovativenesses innuendo innuendos innumerableness innumerablenesses inoculating inoculatings
inoculation inoculations inopportuneness inopportunenesses inordinateness inordinatenesses
inpour inpourings inpours input inputs inquest inquests inquietude inquietudes inquiries
inquirings inquiry inquisitiveness inquisitivenesses inroad inroads inrush inrushes
insalubriousness insalubriousnesses insalubrities insalubrity insaneness insanenesses insanities
insanity inscription inscriptions inscrutabilities inscrutability insecureness insecurenesses
insecurities insecurity insemination inseminations insensibilities insensibility insensitiveness
insensitivenesses insensitivities insensitivity insentience insentiences insertion insertions
insidiousness insidiousnesses insight insightfulness insightfulnesses insights insignia
insignias insignificance insignificances insincerities insincerity insinuation insinuations
insipidities insipidity insipidness insipidnesses insistence insistences insistencies insistency
insistings insobrieties insobriety insolation insolations insolence insolences insolubilities
insolubility insolvencies insolvency insomnia insomnias insouciance insouciances inspection
inspections inspectorship inspectorships inspiration inspirations inspissation inspissations
instabilities instability installation installations installings instalment instalments instance
instances instancies instancy instantaneousness instantaneousnesses instantiation instantiations
instauration instaurations instigation instigations instillation instillations instilling
instillings instillment instillments instilment instilments instinct instincts instroke
instrokes instruction instructions instructionses instructorship instructorships instrumentalism
instrumentalisms insubordination insubordinations insubstantialities insubstantiality
insufficiencies insufficiency insufflation insufflations insularism insularisms insularities
insularity insulation insulations insurabilities insurability insurgence insurgences
insurgencies insurgency insurrection insurrectionism insurrectionisms insurrections intactness
intactnesses intaglio intaglios intake intakes intangibilities intangibility intangibleness
intangiblenesses integralities integrality integrals integratings integration integrations
integrities integrity intellect intellection intellections intellects intellectualisation
intellectualisations intellectualization intellectualizations intelligence intelligences
intelligibilities intelligibility intemperance intemperances intemperateness intemperatenesses
intensification intensifications intensifier intensifiers intension intensions intensities
intensity intensiveness intensivenesses intensives intent intention intentionalities
intentionality intentions intentness intentnesses intents interaction interactions interbreeding
interbreedings interception interceptions intercession intercessions interchangeabilities
interchangeability interchangeableness interchangeablenesses intercommunication
intercommunications intercommunion intercommunions interconnectedness interconnectednesses
interconnection interconnections intercourse intercourses interdependence interdependences
interdependencies interdependency interdict interdiction interdictions interdicts interest
interestedness interestednesses interestingness interestingnesses interests interference
interferences interjection interjections interlanguage interlanguages interleaf interleafs
interlingua interlinguas interlockings intermarriage intermarriages intermediation
intermediations interment interments intermezzo intermezzos intermission intermissions
intermittence intermittences intermittencies intermittency internalisation internalisations
internalities internality internalization internalizations internationalisation
internationalisations internationalism internationalisms internationalities internationality
internationalization internationalizations internment internments internship internships
interoception interoceptions interoperabilities interoperability interpellation interpellations
interpenetration interpenetrations interplay interplays interpolation interpolations
interposition interpositions interpretation interpretations interpretings interreflection
interreflections interrelatedness interrelatednesses interrelation interrelations
interrelationship interrelationships interrogation interrogations interrogative interrogatives
interrogatories interruption interruptions intersection intersections interspersal interspersals
interspersion interspersions intertrigo intertrigos intervention interventions intestacies
intestacy intifada intifadah intifadahs intifadas intimacies intimacy intimation intimations
intimidation intimidations intolerance intolerances intonation intonations intoxication
intoxications intractabilities intractability intractableness intractablenesses intransigence
intransigences intransigencies intransigency intransitiveness intransitivenesses intransitives
intransitivities intransitivity intravasation intravasations intrepidities intrepidity
intricacies intricacy intrigue intrigues intro introduction introductions introit introits
introject introjection introjections introjects intromission intromissions intros introspection
introspections introspectiveness introspectivenesses introversion introversions intrusion
intrusions intrusiveness intrusivenesses intubation intubations intuition intuitionism
intuitionisms intuitions intumescence intumescences intumescencies intumescency intussusception
intussusceptions inunction inunctions inundation inundations inutilities inutility invagination
invaginations invalidation invalidations invalidism invalidisms invalidities invalidity
invalidness invalidnesses invaluableness invaluablenesses invariabilities invariability
invariableness invariablenesses invariables invariance invariances invariants invasion invasions
invective invectives invention inventions inventiveness inventivenesses inventories inventory
inventorying inventoryings inverses inversion inversions investigatings investigation
investigations investings investiture investitures investment investments invidia invidias
invigilation invigilations invigoration invigorations invincibilities invincibility
invisibilities invisibility invisibleness invisiblenesses invitation invitations invocation
invocations invoice invoices involuntariness involuntarinesses involution involutions
involvement involvements invulnerabilities invulnerability inwardness inwardnesses iodination
iodinations ionics ionisation ionisations ionization ionizations ionophoresis ionophoresises
iontophoresis iontophoresises iontotherapies iontotherapy iop iops ip ipo ipos ips ipsedixitism
ipsedixitisms iq iqs ira iras irascibilities irascibility ire ires iridectomies iridectomy
iridescence iridescences iridocyclitis iridocyclitises iridokeratitis iridokeratitises iridoncus
iridoncuses iridotomies iridotomy iritis iritises ironies irony iroquoian iroquoians irradiation
irradiations irrationalities irrationality irrealities irreality irredentism irredentisms
irregularities irregularity irrelevance irrelevances irrelevancies irrelevancy irreligion
irreligions irreligiousness irreligiousnesses irreplaceableness irreplaceablenesses
irrepressibilities irrepressibility irreproducibilities irreproducibility irresistibilities
irresistibility irresistibleness irresistiblenesses irresoluteness irresolutenesses irresolution
irresolutions irresponsibilities irresponsibility irresponsibleness irresponsiblenesses
irreverence irreverences irreversibilities irreversibility irridentism irridentisms irrigation
irrigations irritabilities irritability irritant irritants irritation irritations irruption
irruptions irula irulas ischaemia ischaemias ischemia ischemias islamophobia islamophobias ism
ismailism ismailisms isms isoagglutination isoagglutinations isogamies isogamy isolation
isolationism isolationisms isolations isomerisation isomerisations isomerism isomerisms
isomerization isomerizations isometrics isometricses isometropia isometropias isomorphies
isomorphism isomorphisms isomorphy isostasies isostasy isotropies isotropy issuance issuances
issuings italic italics itchiness itchinesses itchings item itemisation itemisations itemization
itemizations items iteration iterations iteratives itineration itinerations iw iws izzard
izzards jabberings jabberwockies jabberwocky jabbing jabbings jacks jackses jackstraws
jackstrawses jacobinism jacobinisms jactation jactations jactitation jactitations jagatai
jagatais jaggedness jaggednesses jaghatai jaghatais jailbreak jailbreaks jamboree jamborees
jamming jammings jansenism jansenisms jape japeries japery japes jargon jargons jaundice
jaundices jaunt jauntiness jauntinesses jaunts javelin javelins jazz jazzes jealousies jealousy
jeerings jehad jehads jejuneness jejunenesses jejunities jejunitis jejunitises jejunity
jejunoileitis jejunoileitises jejunostomies jejunostomy jeopardies jeopardy jeremiad jeremiads
jerkiness jerkinesses jerkings jest jests jesuitism jesuitisms jesuitries jesuitry jibe jibes
jiggle jiggles jihad jihads jinghpaw jinghpaws jinghpo jinghpos jingoism jingoisms jinks jinkses
jirrbal jirrbals jitter jitterbug jitterbugs jitteriness jitterinesses jitters jitterses
jiujitsu jiujitsus jnd jnds job jobberies jobbery jobs jocoseness jocosenesses jocosities
jocosity jocularities jocularity jocundities jocundity jogging joggings joinings joke jokes
jollies jollification jollifications jolliness jollinesses jollities jollity jolt jolts
jostlings jot jots jotter jotters jotting jottings jounce jounces journal journalese journaleses
journalism journalisms journals journey journeying journeyings journeys joust jousts jovialities
joviality joy joyfulness joyfulnesses joylessness joylessnesses joyousness joyousnesses joyride
joyrides joys jubilance jubilances jubilancies jubilancy jubilation jubilations judgement
judgements judgeship judgeships judgings judgment judgments judiciousness judiciousnesses judo
judos juggle juggleries jugglery juggles juggling jugglings juiciness juicinesses jujitsu
jujitsus juju jujus jujutsu jujutsus jumble jumbles jumpiness jumpinesses jumpings jumpstart
jumpstarts juncture junctures junketing junketings jurisdiction jurisdictions jurisprudence
jurisprudences justice justices justification justifications justness justnesses jutish jutishes
juttings juvenescence juvenescences juvenilities juvenility juxtaposition juxtapositions kabala
kabalas kabbala kabbalah kabbalahs kabbalas kabbalism kabbalisms kachin kachinic kachinics
kachins kadai kadais kafiri kafiris kainogenesis kainogenesises kalapooian kalapooians kalapuyan
kalapuyans kaleidoscope kaleidoscopes kalemia kalemias kaliuresis kaliuresises kaluresis
kaluresises kamarupan kamarupans kamba kambas kannada kannadas kaph kaphs kappa kappas kapsiki
kapsikis karaoke karaokes karate karates karen karenic karenics karens karma karmas karyokinesis
karyokinesises karyolysis karyolysises katabolism katabolisms katamorphism katamorphisms
katharevusa katharevusas katharsis katharsises katzenjammer katzenjammers kayo kayos kechuans
keenness keennesses keens keepings keloid keloids kelter kelters ken kenning kennings keno
kenogenesis kenogenesises kenos kens kentish kentishes kera keras keratalgia keratalgias
keratectasia keratectasias keratinisation keratinisations keratinization keratinizations
keratitis keratitises keratoacanthoma keratoacanthomas keratocele keratoceles
keratoconjunctivitis keratoconjunctivitises keratoconus keratoconuses keratoderma keratodermas
keratodermia keratodermias keratoiritis keratoiritises keratomalacia keratomalacias
keratomycosis keratomycosises keratonosis keratonosises keratonosus keratonosuses keratoplasties
keratoplasty keratoscleritis keratoscleritises keratoscopies keratoscopy keratosis keratosises
keratotomies keratotomy kerfuffle kerfuffles kerion kerions kernicterus kernicteruses kerugma
kerugmas kerygma kerygmas ketoacidosis ketoacidosises ketoaciduria ketoacidurias ketonemia
ketonemias ketonuria ketonurias ketosis ketosises keycard keycards keynesianism keynesianisms
keystone keystones keystroke keystrokes khamsin khamsins khamti khamtis khi khis khmer khmers
khoikhoi khoikhoin khoikhoins khoikhois khoisan khoisans khowar khowars khuen khuens ki kibe
kibes kichaga kichagas kickings kickoff kickoffs kidnapping kidnappings killings kilter kilters
kinaesthesia kinaesthesias kinaesthesis kinaesthesises kinanesthesia kinanesthesias kind
kindheartedness kindheartednesses kindliness kindlinesses kindness kindnesses kinds kinematics
kinematicses kinesiologies kinesiology kinesis kinesises kinesthesia kinesthesias kinesthesis
kinesthesises kinesthetics kinestheticses kinetics kineticses kinetosis kinetosises kingdom
kingdoms kingship kingships kink kinks kinship kinships kinyarwanda kinyarwandas kis kismat
kismats kismet kismets kissings kiswahili kiswahilis kittee kittees kleptomania kleptomanias
klondike klondikes knack knacks knaveries knavery kneelings knell knells knightliness
knightlinesses knockdowns knockings knottiness knottinesses knowingness knowingnesses knowings
knowledge knowledgeabilities knowledgeability knowledgeableness knowledgeablenesses knowledges
knuckleball knuckleballs knucklebones knuckleboneses knuckler knucklers ko koan koans koine
koines kolami kolamis kongo kongos kordofanian kordofanians kotoko kotokos kotow kotows kowtow
kowtows kraurosis kraurosises krishnaism krishnaisms kuchean kucheans kudos kudoses kuki kukis
kulanapan kulanapans kurdishes kuroshio kuroshios kuru kurux kuruxes kuvi kuvis kwa kwanzaa
kwanzaas kwas kwashiorkor kwashiorkors kwela kwelas kyphosis kyphosises labanotation
labanotations labials labiodental labiodentals laboriousness laboriousnesses labyrinthitis
labyrinthitises laceration lacerations lachrymation lachrymations lack lacks laconicism
laconicisms laconism laconisms lacrimation lacrimations lacrosse lacrosses lactosuria
lactosurias ladin ladins ladylikeness ladylikenesses ladyship ladyships lagophthalmos
lagophthalmoses lah lahar lahars lahs lahu lahus lallans lallanses lallation lallations lamaism
lamaisms lamarckism lamarckisms lambda lambdacism lambdacisms lambdas lambencies lambency lamedh
lamedhs lameness lamenesses lamentation lamentations laminectomies laminectomy laminitis
laminitises lamplight lamplights lancers lancerses landler landlers landscaping landscapings
landslide landslides landslip landslips landsmaal landsmaals landsmal landsmals language
languages languor languors lankiness lankinesses laparocele laparoceles laparoscopies
laparoscopy laparotomies laparotomy lapidation lapidations lappic lappics lappish lappishes
lapse lapses lapsings laputa laputas larcenies larcenous larcenouses larceny largeness
largenesses larges larghettos largos laryngectomies laryngectomy laryngismus laryngismuses
laryngitis laryngitises laryngopharyngitis laryngopharyngitises laryngospasm laryngospasms
laryngostenosis laryngostenosises laryngotracheobronchitis laryngotracheobronchitises
lasciviousness lasciviousnesses lasek laseks lasik lasiks lassitude lassitudes lastingness
lastingnesses lateness latenesses lateralisation lateralisations lateralities laterality
lateralization lateralizations laterals latests latin latinesce latinesces latinism latinisms
latins latria latrias latters lattice lattices laudabilities laudability laudableness
laudablenesses laughter laughters launchings laundering launderings laurels laurelses lavage
lavages lavation lavations lavishness lavishnesses lawfulness lawfulnesses lawlessness
lawlessnesses lawmaking lawmakings lawsuit lawsuits laxation laxations laxities laxity laxness
laxnesses layings layoff layoffs layout layouts layover layovers layup layups laziness
lazinesses lazuline lazulines lcm lcms le leach leaches leaching leachings leadership
leaderships leafing leafings leakage leakages leakiness leakinesses leaner leaners leanings
leanness leannesses leapfrog leapfrogs leapings learnedness learnednesses learnings leasts
leavening leavenings leavings lecheries lecherousness lecherousnesses lechery lecture lectures
lectureship lectureships lecturings lede ledes leewards leeway leeways leftism leftisms legalese
legaleses legalisation legalisations legalism legalisms legalities legality legalization
legalizations legateship legateships legation legations legend legends legerdemain legerdemains
legerities legerity legibilities legibility legislatings legislation legislations legislatorship
legislatorships legitimacies legitimacy legitimation legitimations legs legses leiomyoma
leiomyomas leiomyosarcoma leiomyosarcomas leishmaniasis leishmaniasises leishmaniosis
leishmaniosises leisureliness leisurelinesses leitmotif leitmotifs leitmotiv leitmotivs lemma
lemmas lendings length lengthening lengthenings lengthiness lengthinesses lengths lenience
leniences leniencies leniency leninism leninisms lenities lenity lepidophobia lepidophobias
lepidopteries lepidopterologies lepidopterology lepidoptery leprosies leprosy leptomeningitis
leptomeningitises leptospirosis leptospirosises leptotene leptotenes leresis leresises les
lesbianism lesbianisms lesion lesions lessenings lesson lessons letdown letdowns lethalities
lethality lethargies lethargy letter lettercard lettercards letterhead letterheads lettering
letterings letterpress letterpresses letters letterses lettish lettishes leucaemia leucaemias
leucocytosis leucocytosises leucoma leucomas leucopenia leucopenias leucotomies leucotomy
leukaemia leukaemias leukemia leukemias leukocytosis leukocytosises leukoderma leukodermas
leukoencephalitis leukoencephalitises leukoma leukomas leukopenia leukopenias leukotomies
leukotomy levanter levanters level levelings levels leverage leverages leveraging leveragings
levirate levirates levitation levitations levities levity levorotation levorotations lewdness
lewdnesses lexeme lexemes lexicalisation lexicalisations lexicalization lexicalizations
lexicographies lexicography lexicologies lexicology lexicon lexicons lexicostatistics
lexicostatisticses lexis lexises lf lfs lgv lgvs liability liaison liaisons libel libels
liberalisation liberalisations liberalism liberalisms liberalities liberality liberalization
liberalizations liberalness liberalnesses liberation liberations libertarianism libertarianisms
liberties liberty libido libidos librarianship librarianships libration librations libretto
librettos licence licences license licenses licentiousness licentiousnesses lichen lichens
licitness licitnesses lickings lieds lieu lieus lieutenancies lieutenancy life lifelessness
lifelessnesses lifes lifesaving lifesavings lifestyle lifestyles lifework lifeworks lifo lifos
liftoff liftoffs ligation ligations ligature ligatures light lightenings lightheadedness
lightheadednesses lightheartedness lightheartednesses lightings lightlessness lightlessnesses
lightness lightnesses lightning lightnings lights lightsomeness lightsomenesses likelihood
likelihoods likeliness likelinesses likeness likenesses likening likenings likings lilliput
lilliputs lilt lilts limbo limbos limelight limelights limen limens limerick limericks limit
limitation limitations limitings limitlessness limitlessnesses limits limnologies limnology
limpidities limpidity limpings limpness limpnesses linchpin linchpins lindies lindy lineament
lineaments linearities linearity liner liners lineup lineups lingam lingams lingerings lingo
lingos linguals lingualumina lingualuminas linguistics linguisticses linkage linkages lipaemia
lipaemias lipectomies lipectomy lipemia lipemias lipidaemia lipidaemias lipidemia lipidemias
lipidosis lipidosises lipochondrodystrophies lipochondrodystrophy lipogram lipograms lipoidaemia
lipoidaemias lipoidemia lipoidemias lipoma lipomas lipomatosis lipomatosises liposarcoma
liposarcomas liposuction liposuctions lipreading lipreadings liquefaction liquefactions
liquidation liquidations liquidities liquidity liquidness liquidnesses lisp lisps lissomeness
lissomenesses list listenings listeriosis listeriosises listings listlessness listlessnesses
lists lisu lisus litanies litany literacies literacy literalism literalisms literalness
literalnesses literals literature literatures litheness lithenesses lithiasis lithiasises
lithographies lithography lithologies lithology lithomancies lithomancy lithotomies lithotomy
lithuresis lithuresises litigation litigations litigiousness litigiousnesses litotes litoteses
lits littleness littlenesses liturgics liturgicses liturgies liturgiologies liturgiology liturgy
livedo livedos liveliness livelinesses liveness livenesses lividities lividity lividness
lividnesses livings llb llbs lld llds llm llms loafings loanblend loanblends loanings loanword
loanwords loathings loathsomeness loathsomenesses lobbyism lobbyisms lobectomies lobectomy
lobotomies lobotomy lobularities lobularity localisation localisations localism localisms
localization localizations locatings location locations locative locatives lockdown lockdowns
lockings lockjaw lockjaws lockout lockouts lockstep locksteps locoism locoisms locomotion
locomotions locution locutions lode lodes lodgement lodgements lodgment lodgments loftiness
loftinesses logagraphia logagraphias logarithm logarithms logbook logbooks logginess logginesses
logging loggings logic logicalities logicality logicalness logicalnesses logicism logicisms
logics loginess loginesses logion logions logistics logisticses logjam logjams logo logogram
logograms logograph logographs logomachies logomachy logomania logomanias logorrhea logorrheas
logos logotype logotypes logrolling logrollings lolo loloish loloishes lolos loneliness
lonelinesses lonesomeness lonesomenesses longanimities longanimity longevities longevity
longhand longhands longings longness longnesses longsightedness longsightednesses longwayses
lookings lookup lookups loophole loopholes loopings looseness loosenesses loosenings lootings
lopsidedness lopsidednesses loquaciousness loquaciousnesses loquacities loquacity lordliness
lordlinesses lordolatries lordolatry lordosis lordosises lordship lordships lore lores lotteries
lottery lotto lottos lotusland lotuslands loudness loudnesses lousiness lousinesses loveliness
lovelinesses lovemaking lovemakings lovesickness lovesicknesses lovingness lovingnesses
lowercases lowerings lowliness lowlinesses lowness lownesses lows loyalties loyalty ltm ltms
luau luaus lubrication lubrications lubricities lubricity lucidities lucidity lucidness
lucidnesses luck luckiness luckinesses lucks lucrativeness lucrativenesses lucubration
lucubrations ludian ludians ludo ludos lues lueses luganda lugandas luging lugings
lugubriousness lugubriousnesses lukewarmness lukewarmnesses lullabies lullaby lumbago lumbagos
lumberings luminance luminances luminescence luminescences luminosities luminosity luminousness
luminousnesses lumpectomies lumpectomy lunacies lunacy lunchings luo luos lupus lupuses
luridness luridnesses lusatian lusatians lusciousness lusciousnesses lushness lushnesses lust
luster lusterlessness lusterlessnesses lusters lustfulness lustfulnesses lustiness lustinesses
lustre lustrelessness lustrelessnesses lustres lusts lutheranism lutheranisms luvian luvians
luwian luwians luxation luxations luxuria luxuriance luxuriances luxurias luxuriation
luxuriations luxuries luxuriousness luxuriousnesses luxury luyia luyias lycanthropies
lycanthropy lycian lycians lydian lydians lying lyings lymphadenitis lymphadenitises
lymphadenoma lymphadenomas lymphadenopathies lymphadenopathy lymphangiectasia lymphangiectasias
lymphangiectasis lymphangiectasises lymphangiographies lymphangiography lymphangioma
lymphangiomas lymphangitis lymphangitises lymphedema lymphedemas lymphocytopenia
lymphocytopenias lymphocytosis lymphocytosises lymphogranuloma lymphogranulomas lymphographies
lymphography lymphoma lymphomas lymphopenia lymphopenias lymphopoiesis lymphopoiesises lymphuria
lymphurias lynching lynchings lynchpin lynchpins lyophilisation lyophilisations lyophilization
lyophilizations lyric lyricalities lyricality lyricism lyricisms lyrics lysinemia lysinemias
lysis lysises lysogenicities lysogenicity lysogenies lysogenisation lysogenisations
lysogenization lysogenizations lysogeny lyssa lyssas maceration macerations macguffin macguffins
machiavellianism machiavellianisms machination machinations machismo machismos mackle mackles
macrencephalies macrencephaly macrobiotics macrobioticses macrocephalies macrocephaly
macrocytosis macrocytosises macroeconomics macroeconomicses macroevolution macroevolutions
macroglossia macroglossias macron macrons macros macula maculas maculation maculations madness
madnesses maelstrom maelstroms mafa mafas mag magadhan magadhans magazine magazines magentas
magic magics magistracies magistracy magistrature magistratures maglev maglevs magnanimities
magnanimity magnanimousness magnanimousnesses magnetics magneticses magnetism magnetisms
magnetohydrodynamics magnetohydrodynamicses magnetosphere magnetospheres magnification
magnifications magnificence magnificences magniloquence magniloquences magnitude magnitudes mags
mahayanism mahayanisms mahdism mahdisms mahjong mahjongs mahratti mahrattis maidenliness
maidenlinesses maidism maidisms mainstream mainstreams maintenance maintenances majesties
majesty majorities majority majuscules makeover makeovers makereadies makeready makeshifts
makings malabsorption malabsorptions malacia malacias malacologies malacology maladies
maladjustment maladjustments maladroitness maladroitnesses malady malaise malaises malaprop
malapropism malapropisms malaprops malaria malarias malarkey malarkeys malarkies malarky
malayalam malayalams malediction maledictions maleficence maleficences maleness malenesses
maleseet maleseets malevolence malevolences malevolencies malevolency malfeasance malfeasances
malformation malformations malfunction malfunctions malice malices maliciousness maliciousnesses
malignance malignances malignancies malignancy malignities malignity malignment malignments
malingering malingerings malleabilities malleability malnourishment malnourishments malnutrition
malnutritions malocclusion malocclusions malodor malodorousness malodorousnesses malodors
malodour malodours malposition malpositions malpractice malpractices mals malses malthusianism
malthusianisms malti maltis maltreatment maltreatments malversation malversations mambo mambos
mammalogies mammalogy mammographies mammography mammon mammons mammothermographies
mammothermography manageabilities manageability manageableness manageablenesses management
managements managership managerships manda mandaeanism mandaeanisms mandamus mandamuses mandara
mandaras mandas mandate mandates mande mandeanism mandeanisms mandes manduction manductions
maneuver maneuverabilities maneuverability maneuvers manfulness manfulnesses mange manges
manginess manginesses manhood manhoods manhunt manhunts mania manias manichaeanism
manichaeanisms manichaeism manichaeisms manicure manicures manifestation manifestations
manifesto manifestos manipulabilities manipulability manipulation manipulations manliness
manlinesses manner mannerism mannerisms manners mannerses manoeuvrabilities manoeuvrability
manoeuvre manoeuvres manslaughter manslaughters mantissa mantissas mantle mantles mantra mantras
manual manuals manufacturings manumission manumissions manuscript manuscripts manxes maoism
maoisms mapmaking mapmakings mapping mappings marasmus marasmuses marathi marathis marathon
marathons maraud marauds marbleisation marbleisations marbleising marbleisings marbleization
marbleizations marbleizing marbleizings marbles marbleses marchings marcionism marcionisms
marginalia marginalias marginalisation marginalisations marginalities marginality
marginalization marginalizations mariposan mariposans mariticide mariticides market marketing
marketings marketplace marketplaces markets markings marksmanship marksmanships marque marques
marriage marriageabilities marriageability marriages marshalship marshalships martyrdom
martyrdoms marxism marxisms masa masai masais masas masculines masculinisation masculinisations
masculinities masculinity masculinization masculinizations mashi mashis maskings masochism
masochisms masora masorah masorahs masoras mass massachuset massachusets masse massiveness
massivenesses mastalgia mastalgias mastectomies mastectomy masteries masterings mastership
masterships masterstroke masterstrokes mastery masthead mastheads mastication mastications
mastitis mastitises mastoidectomies mastoidectomy mastoiditis mastoiditises mastopathies
mastopathy mastopexies mastopexy masturbation masturbations matabele matabeles matakam matakams
matchmaking matchmakings matchup matchups materialisation materialisations materialism
materialisms materialities materiality materialization materializations maternalism maternalisms
maternities maternity math mathematics mathematicses maths mathses matinee matinees matings
matric matrics matriculation matriculations matrilineage matrilineages matrimonies matrimony
matronymic matronymics matsyendra matsyendras matter matters matts maturation maturations
maturement maturements matureness maturenesses maundies maundy mauves mawkishness mawkishnesses
maxim maximation maximations maximisation maximisations maximization maximizations maxims mayday
maydays mayhem mayhems mayidism mayidisms mayoralties mayoralty mazdaism mazdaisms mazopathies
mazopathy mazurka mazurkas mba mbas mbd mbds mccarthyism mccarthyisms mcguffin mcguffins mdiv
mdivs meagerness meagernesses meagreness meagrenesses meaningfulness meaningfulnesses
meaninglessness meaninglessnesses meanings meanness meannesses meanses mearstone mearstones
measles measleses measurabilities measurability measurement measurements measurings meatpacking
meatpackings mechanics mechanicses mechanisation mechanisations mechanism mechanisms
mechanization mechanizations med medal medals meddlesomeness meddlesomenesses meddlings medevac
medevacs mediacies mediacy medians mediant mediants mediateness mediatenesses mediation
mediations medicaid medicaids medicals medicare medicares medicine medicines mediocrities
mediocrity meditation meditations meditativeness meditativenesses medium mediums medivac
medivacs medley medleys meds meekness meeknesses meerestone meerestones megacardia megacardias
megacephalies megacephaly megadeath megadeaths megahit megahits megalocardia megalocardias
megalocephalies megalocephaly megalohepatia megalohepatias megalomania megalomanias megillah
megillahs megrim megrims megrimses meiosis meiosises melagra melagras melancholia melancholias
melancholies melancholy melanism melanisms melanoderma melanodermas melanoma melanomas melanosis
melanosises melasma melasmas meld melds melee melees melioration meliorations meliorism
meliorisms mellowing mellowings mellowness mellownesses melodies melodiousness melodiousnesses
melodrama melodramas melody meltdown meltdowns meltings mem meme memento mementos memes memo
memoir memoirs memorabilia memorabilias memorabilities memorability memoranda memorandas
memorandum memorandums memorial memorialisation memorialisations memorialization
memorializations memorials memories memorisation memorisations memorization memorizations memory
memos mems menace menaces menarche menarches mendacities mendacity mendelianism mendelianisms
mendelism mendelisms mendicancies mendicancy mendicities mendicity meningioma meningiomas
meningism meningisms meningitis meningitises meningocele meningoceles meningoencephalitis
meningoencephalitises meniscectomies meniscectomy mennonitism mennonitisms menorrhagia
menorrhagias menses menseses menstruation menstruations mensuration mensurations mentalism
mentalisms mentalities mentality mentation mentations menu menus meow meows meq meqs meralgia
meralgias merchandising merchandisings merchantabilities merchantability mercies mercifulness
mercifulnesses mercilessness mercilessnesses mercy merestone merestones meretriciousness
meretriciousnesses merger mergers mergings meridians merit meritoriousness meritoriousnesses
merits meromelia meromelias meronym meronymies meronyms meronymy merriment merriments merriness
merrinesses merrymaking merrymakings mesalliance mesalliances meshings meshugaas meshugaases
mesmerism mesmerisms mesomorphies mesomorphy mesothelioma mesotheliomas mess message messages
messaging messagings messes messiahship messiahships messiness messinesses metabolism
metabolisms metacenter metacenters metacentre metacentres metacyesis metacyesises metagenesis
metagenesises metaknowledge metaknowledges metalanguage metalanguages metalepsis metalepsises
metallurgies metallurgy metalworking metalworkings metamathematics metamathematicses
metamorphism metamorphisms metamorphopsia metamorphopsias metamorphosis metamorphosises
metaphase metaphases metaphor metaphors metaphysics metaphysicses metarule metarules
metastabilities metastability metastasis metastasises metathesis metathesises metempsychosis
metempsychosises meteorologies meteorology meteortropism meteortropisms method methodicalness
methodicalnesses methodism methodisms methodologies methodology methods meticulosities
meticulosity meticulousness meticulousnesses metier metiers metonym metonymies metonyms metonymy
metralgia metralgias metrication metrications metrics metricses metrification metrifications
metritis metritises metrologies metrology metronymic metronymics metroptosis metroptosises
metrorrhagia metrorrhagias mettle mettles mettlesomeness mettlesomenesses mezuza mezuzah
mezuzahs mezuzas mf mfa mfas mfs mi miaou miaous miaow miaows miasm miasma miasmas miasms miaul
miauls michigan michigans microbiologies microbiology microbrachia microbrachias microcephalies
microcephalus microcephaluses microcephaly microcode microcodes microcosm microcosms
microcytosis microcytosises microeconomics microeconomicses microelectronics microelectronicses
microevolution microevolutions micrometries micrometry micropaleontologies micropaleontology
microphoning microphonings microscopies microscopy microseism microseisms microsurgeries
microsurgery microwave microwaves micturition micturitions midgard midgards midis midrash
midrashes midwiferies midwifery mien miens miff miffs mightiness mightinesses mights migraine
migraines migration migrations mikvah mikvahs milage milages mildew mildews mildness mildnesses
mileage mileages milepost mileposts milestone milestones miliaria miliarias milieu milieus
militainment militainments militance militances militancies militancy militarisation
militarisations militarism militarisms militarization militarizations millenarianism
millenarianisms millenarism millenarisms millenniumism millenniumisms milliequivalent
milliequivalents millionths millstone millstones mimamsa mimamsas mimesis mimesises mimicries
mimicry mind mindfulness mindfulnesses mindlessness mindlessnesses minds mindset mindsets
minelaying minelayings mineralogies mineralogy minesweeping minesweepings minginess minginesses
minglings miniaturisation miniaturisations miniaturization miniaturizations minimisation
minimisations minimization minimizations mining minings ministration ministrations mintmark
mintmarks minuet minuets minuscules minuses minuteness minutenesses minutes minuteses minutia
minutias miosis miosises miracle miracles mirage mirages miri miris mirish mirishes mirth
mirthfulness mirthfulnesses mirths mis misadventure misadventures misalignment misalignments
misalliance misalliances misanthropies misanthropy misapplication misapplications
misapprehension misapprehensions misappropriation misappropriations misbehavior misbehaviors
misbehaviour misbehaviours miscalculation miscalculations miscarriage miscarriages miscegenation
miscegenations mischance mischances mischief mischiefs mischievousness mischievousnesses
misconception misconceptions misconduct misconducts misconstrual misconstruals misconstruction
misconstructions miscount miscounts miscreation miscreations miscue miscues misdeal misdeals
misdeed misdeeds misdemeanor misdemeanors misdemeanour misdemeanours misdirection misdirections
miserableness miserablenesses miseries miserliness miserlinesses misery misestimation
misestimations misfeasance misfeasances misfortune misfortunes misgiving misgivings
misgovernment misgovernments mishap mishaps mishegaas mishegaases mishegoss mishegosses
misinformation misinformations misinterpretation misinterpretations mismanagement mismanagements
mismatch mismatches misnomer misnomers misocainea misocaineas misogamies misogamy misogynies
misogynism misogynisms misogyny misologies misology misoneism misoneisms misopedia misopedias
misplacement misplacements misplay misplays misprint misprints mispronunciation
mispronunciations misquotation misquotations misreadings misreckoning misreckonings
misrepresentation misrepresentations misrule misrules missal missals misshapenness
misshapennesses missive missives misspelling misspellings misstatement misstatements misstep
missteps mist mistake mistakes mistakings mister misters mistiness mistinesses mistral mistrals
mistranslation mistranslations mistreatment mistreatments mistrial mistrials mists
misunderstandings mithraicism mithraicisms mithraism mithraisms mitigation mitigations mitosis
mitosises mitsvah mitsvahs mittelschmerz mittelschmerzes mitzvah mitzvahs mixings mixologies
mixology mizzle mizzles mlitt mlitts mls mlses mmpi mmpis mnemonics mnemonicses mobilisation
mobilisations mobilities mobility mobilization mobilizations mockeries mockery modalities
modality modals mode model modelling modellings models moderateness moderatenesses moderation
moderationism moderationisms moderations moderatism moderatisms moderatorship moderatorships
modernisation modernisations modernities modernity modernization modernizations modernness
modernnesses modes modesties modestness modestnesses modesty modification modifications modifier
modifiers modishness modishnesses modulation modulations module modules mohammedanism
mohammedanisms moistenings moistness moistnesses moisture moistures mojo mojos moksa moksas
mokulu mokulus molalities molality molarities molarity moldiness moldinesses moldings
molestation molestations mollification mollifications molluscum molluscums molt molting moltings
molts momentousness momentousnesses momentum momentums momism momisms monandries monandry
monarchism monarchisms monario monarios monasticism monasticisms monetarism monetarisms
monetisation monetisations monetization monetizations moneymaking moneymakings mongolianism
mongolianisms mongolic mongolics mongolism mongolisms moniker monikers moniliasis moniliasises
monism monisms monition monitions monitorings monochromacies monochromacy monochromasies
monochromasy monochromatism monochromatisms monochromia monochromias monoculture monocultures
monocytosis monocytosises monodies monody monogamies monogamousness monogamousnesses monogamy
monogenesis monogenesises monogram monograms monograph monographs monogynies monogyny
monolatries monolatry monologue monologues monomania monomanias mononeuropathies mononeuropathy
mononucleosis mononucleosises monophonies monophony monophysitism monophysitisms monoplegia
monoplegias monopolies monopolisation monopolisations monopolization monopolizations monopoly
monopsonies monopsony monorchidism monorchidisms monorchism monorchisms monos monosemies
monosemy monosomies monosomy monosyllable monosyllables monotheism monotheisms monothelitism
monothelitisms monotones monotonies monotony monsoon monsoons monstrance monstrances monte
montes monthlies mood moodiness moodinesses moods moonbeam moonbeams mooneye mooneyes moonlight
moonlights moonshine moonshines moonwalk moonwalks moorishes moots mopes mopeses mopping
moppings moquelumnan moquelumnans morale morales moralisation moralisations moralism moralisms
moralities morality moralization moralizations moralizing moralizings morals moralses
morbidities morbidity morbidness morbidnesses morbilli morbillis morceau morceaus mordacities
mordacity mores moreses mormonism mormonisms moronities moronity moroseness morosenesses
morphallaxis morphallaxises morphea morpheas morpheme morphemes morphogenesis morphogenesises
morphologies morphology morphophoneme morphophonemes morphophonemics morphophonemicses
morphophysiologies morphophysiology morse morses mortalities mortality mortals mortification
mortifications mosaicism mosaicisms mosan mosans mot motet motets motherese mothereses
motherhood motherhoods motherliness motherlinesses motilities motility motion motionlessness
motionlessnesses motions motivatings motivation motivations motivator motivators motive motives
motivities motivity motorcycling motorcyclings motorings motorisation motorisations motorization
motorizations mots mottlings motto mottos moue moues moult moulting moultings moults
mountaineering mountaineerings mountings mournfulness mournfulnesses mournings movabilities
movability movableness movablenesses movement movements movie moviemaking moviemakings movies
moxie moxies mozart mozarts mpeg mpegs mr mrd mrds mri mris mrs mrses ms msc mscs mses mu
muchness muchnesses muckraking muckrakings mucopolysaccharidosis mucopolysaccharidosises
mucoviscidosis mucoviscidosises muddiness muddinesses muddle muddles mudra mudras mudslide
mudslides mugginess mugginesses mugging muggings muhammadanism muhammadanisms muliebrities
muliebrity mulishness mulishnesses multicollinearities multicollinearity multiculturalism
multiculturalisms multifariousness multifariousnesses multimedia multimedias multinomials
multiples multiplexes multiplication multiplications multiplicities multiplicity multiprocessing
multiprocessings multiprogramming multiprogrammings multitudinousness multitudinousnesses
multivalence multivalences multivalencies multivalency mulwi mulwis mumblings mummeries mummery
mummification mummifications mumps mumpses mumpsimus mumpsimuses munch munches munda mundaneness
mundanenesses mundanities mundanity mundas munificence munificences muniments munimentses munjuk
munjuks murder murderousness murderousnesses murders murk murkiness murkinesses murks
murmuration murmurations murmurings murrain murrains musclebuilding musclebuildings
muscularities muscularity musd musds musgoi musgois musgu musgus mushiness mushinesses music
musicalities musicality musicalness musicalnesses musicals musicianship musicianships
musicologies musicology musics musings muskiness muskinesses musophobia musophobias muss musses
mussiness mussinesses mussitation mussitations mustiness mustinesses mutabilities mutability
mutableness mutablenesses mutagenesis mutagenesises muteness mutenesses mutilation mutilations
mutinies mutiny mutism mutisms mutterings mutualism mutualisms mutualities mutuality mutualness
mutualnesses mwera mweras myalgia myalgias myasthenia myasthenias mycologies mycology
mycophagies mycophagy mycosis mycosises mydriasis mydriasises myelatelia myelatelias
myelinisation myelinisations myelinization myelinizations myelitis myelitises myelofibrosis
myelofibrosises myelographies myelography myeloma myelomas myelomeningocele myelomeningoceles
myiasis myiasises myocardiopathies myocardiopathy myocarditis myocarditises myoclonus
myoclonuses myodynia myodynias myoglobinuria myoglobinurias myogram myograms myologies myology
myoma myomas myometritis myometritises myonecrosis myonecrosises myopathies myopathy myopia
myopias myosarcoma myosarcomas myosis myosises myositis myositises myotomies myotomy myotonia
myotonias myringectomies myringectomy myringoplasties myringoplasty myringotomies myringotomy
mysophilia mysophilias mysophobia mysophobias mysteries mystery mysticism mysticisms
mystification mystifications mystifier mystifiers mystique mystiques myth mythologisation
mythologisations mythologization mythologizations myths myxedema myxedemas myxoedema myxoedemas
myxoma myxomas myxomatosis myxomatosises nadir nadirs nafta naftas naga nagari nagaris nagas
naiki naikis naiveness naivenesses naivete naivetes naiveties naivety nakedness nakednesses name
namelessness namelessnesses nameses namings nancere nanceres nanism nanisms nanocephalies
nanocephaly nanophthalmos nanophthalmoses nanotechnologies nanotechnology naprapathies
naprapathy narcism narcisms narcissism narcissisms narcolepsies narcolepsy narcosis narcosises
narcoterrorism narcoterrorisms narcotraffic narcotraffics narration narrations narrative
narratives narrowings narrowness narrownesses nasalisation nasalisations nasalities nasality
nasalization nasalizations nasals nascence nascences nascencies nascency nastiness nastinesses
natation natations nationalisation nationalisations nationalism nationalisms nationalization
nationalizations nationhood nationhoods nativeness nativenesses nativism nativisms nativities
nativity natriuresis natriuresises nattiness nattinesses naturalisation naturalisations
naturalism naturalisms naturalization naturalizations naturalness naturalnesses nature natures
naturism naturisms naturopathies naturopathy nauch nauches naughtiness naughtinesses naupathia
naupathias nausea nauseas nauseatingness nauseatingnesses nautch nautches navigabilities
navigability navigation navigations nay nays naysaying naysayings nazification nazifications nbe
nbes nbw nbws ndebele ndebeles neap neaps nearness nearnesses nearsightedness nearsightednesses
neatness neatnesses nebe nebes nebn nebns nec necessities necessity necrobiosis necrobiosises
necrologies necrology necrolysis necrolysises necromancies necromancy necromania necromanias
necrophagia necrophagias necrophagies necrophagy necrophilia necrophilias necrophilism
necrophilisms necropsies necropsy necrosis necrosises necs neediness needinesses nefariousness
nefariousnesses negation negations negativeness negativenesses negatives negativism negativisms
negativities negativity neglectfulness neglectfulnesses negligence negligences negotiation
negotiations negritude negritudes neigh neighborliness neighborlinesses neighbourliness
neighbourlinesses neighs nelson nelsons nemesis nemesises nenets nenetses nentsi nentsies
nentsis nentsy neoclassicism neoclassicisms neocolonialism neocolonialisms neoconservatism
neoconservatisms neoliberalism neoliberalisms neologies neologism neologisms neology
neonatologies neonatology neophobia neophobias neoplasia neoplasias neoplasm neoplasms
neoplatonism neoplatonisms neotenies neoteny neotonies neotony nephologies nephology nephralgia
nephralgias nephrectomies nephrectomy nephritis nephritises nephroangiosclerosis
nephroangiosclerosises nephroblastoma nephroblastomas nephrocalcinosis nephrocalcinosises
nephrolithiasis nephrolithiasises nephrologies nephrology nephropathies nephropathy nephroptosia
nephroptosias nephroptosis nephroptosises nephrosclerosis nephrosclerosises nephrosis
nephrosises nephrotomies nephrotomy nepotism nepotisms nervelessness nervelessnesses nerves
nerveses nervousness nervousnesses nescience nesciences nestorianism nestorianisms netball
netballs netherworld netherworlds neuralgia neuralgias neuralgies neuralgy neurasthenia
neurasthenias neurectomies neurectomy neurilemoma neurilemomas neurinoma neurinomas neuritis
neuritises neuroanatomies neuroanatomy neurobiologies neurobiology neuroblastoma neuroblastomas
neurodermatitis neurodermatitises neuroepithelioma neuroepitheliomas neuroethics neuroethicses
neurofibroma neurofibromas neurofibromatosis neurofibromatosises neurogenesis neurogenesises
neurolinguistics neurolinguisticses neurologies neurology neuroma neuromas neuropathies
neuropathy neurophysiologies neurophysiology neuroplasties neuroplasty neuropsychiatries
neuropsychiatry neuropsychologies neuropsychology neurosarcoma neurosarcomas neuroscience
neurosciences neurosis neurosises neurosurgeries neurosurgery neurosyphilis neurosyphilises
neuroticism neuroticisms neurotropism neurotropisms neuter neutering neuterings neuters
neutralisation neutralisations neutralism neutralisms neutralities neutrality neutralization
neutralizations neutropenia neutropenias nevus nevuses newari newaris newness newnesses news
newsbreak newsbreaks newscast newscasts newses newsflash newsflashes newsletter newsletters
newspaper newspapering newspaperings newspapers newspeak newspeaks newsreel newsreels newssheet
newssheets newsworthiness newsworthinesses nexus nexuses ngu nguni ngunis ngus niceness
nicenesses niceties nicety niche niches nick nicker nickers nickname nicknames nicks nictation
nictations nictitation nictitations nidation nidations niddm niddms nidus niduses niff niffs
niggardliness niggardlinesses niggardness niggardnesses nightlife nightlifes nightmare
nightmares nightwork nightworks nihilism nihilisms nihilities nihility nilotics nim nimbleness
nimblenesses nimieties nimiety nims ninepins ninepinses nineteenths ninetieths ninjitsu
ninjitsus ninjutsu ninjutsus ninths nirvana nirvanas nisus nisuses nitrification nitrifications
nlp nlps nmr nmrs nne nnes nnw nnws nobleness noblenesses noblesse noblesses noctambulation
noctambulations noctambulism noctambulisms nocturia nocturias nocturne nocturnes noddle noddles
noesis noesises noise noiselessness noiselessnesses noises noisiness noisinesses noisomeness
noisomenesses noma nomas nomenclature nomenclatures nomenklatura nomenklaturas nominalism
nominalisms nominals nomination nominations nominatives nonabsorbencies nonabsorbency
nonacceptance nonacceptances nonaccomplishment nonaccomplishments nonachievement nonachievements
nonaggression nonaggressions nonappearance nonappearances nonattendance nonattendances nonbeing
nonbeings nonchalance nonchalances noncompliance noncompliances nonconformance nonconformances
nonconformism nonconformisms nonconformities nonconformity nondevelopment nondevelopments
nondisjunction nondisjunctions nonentities nonentity nonequivalence nonequivalences nonevent
nonevents nonexistence nonexistences nonfeasance nonfeasances nonfiction nonfictions
nonindulgence nonindulgences noninterference noninterferences nonintervention noninterventions
nonobservance nonobservances nonoccurrence nonoccurrences nonparticipation nonparticipations
nonpartisanship nonpartisanships nonperformance nonperformances nonprofits nonproliferation
nonproliferations nonresistance nonresistances nonsense nonsenses nonsensicalities
nonsensicality nonstops nonuniformities nonuniformity nonviolence nonviolences nookie nookies
nooky nordics noreaster noreasters norm normalcies normalcy normalisation normalisations
normalities normality normalization normalizations normals normothermia normothermias norms
northeast northeaster northeasters northeasts northeastwards norther northerlies northernness
northernnesses northerns northers norths northwester northwesters northwests northwestwards nos
nosebleed nosebleeds nosecount nosecounts nosedive nosedives nosiness nosinesses nosologies
nosology nostalgia nostalgias notation notations notebook notebooks notepaper notepapers
nothingness nothingnesses nothings nothingses noticeabilities noticeability noticeableness
noticeablenesses notification notifications notion notions notorieties notoriety notturno
notturnos noumenon noumenons noun nouns nous nouses novation novations novel novelette
novelettes novelisation novelisations novelization novelizations novella novellas novels
novelties novelty novena novenas novial novials nowheres nowness nownesses noxiousness
noxiousnesses nrem nrems nsu nsus nu nuance nuances nubbiness nubbinesses nucleonics
nucleonicses nucleosynthesis nucleosynthesises nudeness nudenesses nudism nudisms nudities
nudity nuisance nuisances nullification nullifications nullities nullity number numberings
numberses numbness numbnesses numeracies numeracy numerals numeration numerations numerologies
numerology numerosities numerosity numerousness numerousnesses numismatics numismaticses
numismatologies numismatology nung nungs nuptials nuptialses nursings nurturance nurturances nus
nutation nutations nutrient nutrients nutrition nutritions nutritiousness nutritiousnesses
nutritiveness nutritivenesses nw nwbn nwbns nwbw nwbws nws nyamwezi nyamwezis nyctalopia
nyctalopias nyctophobia nyctophobias nycturia nycturias nympholepsies nympholepsy nymphomania
nymphomanias nynorsk nynorsks nystagmus nystagmuses oarsmanship oarsmanships oath oaths ob
obbligato obbligatos obduracies obduracy obedience obediences obeisance obeisances obesities
obesity obfuscation obfuscations obiism obiisms obit obits obituaries obituary object
objectification objectifications objection objectionableness objectionablenesses objections
objective objectiveness objectivenesses objectives objectivities objectivity objects objurgation
objurgations oblateness oblatenesses oblation oblations obligation obligations obligato
obligatos obligingness obligingnesses obliqueness obliquenesses obliques obliquities obliquity
obliteration obliterations oblivion oblivions obliviousness obliviousnesses oblongness
oblongnesses obloquy obloquys obnoxiousness obnoxiousnesses obs obscenities obscenity
obscurantism obscurantisms obscureness obscurenesses obscurities obscurity obsequiousness
obsequiousnesses observance observances observation observations obsession obsessions
obsessiveness obsessivenesses obsessivities obsessivity obsolescence obsolescences obsoleteness
obsoletenesses obstacle obstacles obstetrics obstetricses obstinacies obstinacy obstinance
obstinances obstipation obstipations obstreperousness obstreperousnesses obstructionism
obstructionisms obstruent obstruents obtainment obtainments obtention obtentions obtrusiveness
obtrusivenesses obtuseness obtusenesses obverse obverses obviation obviations obviousness
obviousnesses occasion occasionses occidentalism occidentalisms occitan occitans occlusion
occlusions occlusives occultation occultations occultism occultisms occupancies occupancy
occupation occupations occurrence occurrences occurrents oceanics oceanographies oceanography
oceanologies oceanology ocher ochers ochronosis ochronosises octameter octameters octavo octavos
octosyllable octosyllables oculism oculisms od oddities oddity oddness oddnesses odds oddses ode
odes odiousness odiousnesses odium odiums odontalgia odontalgias odontiasis odontiasises
odontologies odontology odor odors odour odours ods odynophagia odynophagias odyssey odysseys
oedema oedemas oenologies oenology oesophagitis oesophagitises oestrus oestruses offbeats
offence offences offense offenses offensive offensiveness offensivenesses offensives offerings
officialese officialeses officiatings officiation officiations officiousness officiousnesses
offprint offprints offshoot offshoots ohmage ohmages oiliness oilinesses oink oinks okays okeh
okehs okey okeys oks oldie oldies oldness oldnesses oleaginousness oleaginousnesses olfaction
olfactions oligodactylies oligodactyly oligodontia oligodontias oligomenorrhea oligomenorrheas
oligopolies oligopoly oligospermia oligospermias oliguria oligurias ollari ollaris ologies ology
olympics olympicses omega omegas omen omens omerta omertas omicron omicrons omission omissions
omnibuses omnipotence omnipotences omnipresence omnipresences omniscience omnisciences omophagia
omophagias omotic omotics omphalocele omphaloceles omphaloskepsis omphaloskepsises onanism
onanisms onchocerciasis onchocerciasises oncologies oncology oncomings oneirism oneirisms
oneiromancies oneiromancy oneness onenesses onerousness onerousnesses onomancies onomancy
onomasticon onomasticons onomastics onomasticses onomatomania onomatomanias onomatopoeia
onomatopoeias onrush onrushes onset onsets onslaught onslaughts ontogenesis ontogenesises
ontogenies ontogeny ontologies ontology onus onuses onycholysis onycholysises onychosis
onychosises oogenesis oogenesises oologies oology oomph oomphs oophorectomies oophorectomy
oophoritis oophoritises oophorosalpingectomies oophorosalpingectomy oozings opacification
opacifications opacities opacity opalescence opalescences opaqueness opaquenesses opener openers
openhandedness openhandednesses openness opennesses opera operand operands operas operation
operationalism operationalisms operations operationses operator operators operetta operettas
operoseness operosenesses ophidism ophidisms ophiolatries ophiolatry ophthalmectomies
ophthalmectomy ophthalmia ophthalmias ophthalmitis ophthalmitises ophthalmologies ophthalmology
ophthalmoplegia ophthalmoplegias ophthalmoscopies ophthalmoscopy opinion opinions
opisthorchiasis opisthorchiasises opisthotonos opisthotonoses opportuneness opportunenesses
opportunism opportunisms opportunities opportunity oppositeness oppositenesses opposites
opposition oppositions oppression oppressions oppressiveness oppressivenesses opprobrium
opprobriums opsonisation opsonisations opsonization opsonizations optatives optez optezes optics
opticses optimisation optimisations optimism optimisms optimization optimizations optimums
optometries optometry opulence opulences opus opuses orals orangeness orangenesses oration
orations oratories oratorio oratorios oratory orchestration orchestrations orchidalgia
orchidalgias orchidectomies orchidectomy orchiectomies orchiectomy orchiopexies orchiopexy
orchitis orchitises orchotomies orchotomy ordeal ordeals order orderliness orderlinesses orders
ordinance ordinances ordinariness ordinarinesses ordinate ordinates ordination ordinations
organicism organicisms organification organifications organism organisms organon organons orgasm
orgasms orgies orgy orientalism orientalisms orientation orientations oriflamme oriflammes
origami origamis originalism originalisms originalities originality origination originations
orinasal orinasals orison orisons orleanism orleanisms ornamentalism ornamentalisms
ornamentation ornamentations ornateness ornatenesses orneriness ornerinesses ornithologies
ornithology ornithosis ornithosises orogenies orogeny orographies orography orologies orology
orphanage orphanages orphanhood orphanhoods orthochorea orthochoreas orthodontia orthodontias
orthodontics orthodonticses orthodonture orthodontures orthodoxies orthodoxy orthoepies orthoepy
orthogonalities orthogonality orthographies orthography orthopaedics orthopaedicses orthopedics
orthopedicses orthopnea orthopneas orthoptics orthopticses oscar oscars oscheocele oscheoceles
oscheocoele oscheocoeles oscillation oscillations oscitance oscitances oscitancies oscitancy
osculation osculations osmosis osmosises ossete ossetes ossification ossifications osteitis
osteitises ostentation ostentations ostentatiousness ostentatiousnesses osteoarthritis
osteoarthritises osteoblastoma osteoblastomas osteochondroma osteochondromas osteoclasis
osteoclasises osteodystrophies osteodystrophy osteologies osteology osteolysis osteolysises
osteoma osteomalacia osteomalacias osteomas osteomyelitis osteomyelitises osteopathies
osteopathy osteopetrosis osteopetrosises osteoporosis osteoporosises osteosarcoma osteosarcomas
osteosclerosis osteosclerosises osteotomies osteotomy ostinato ostinatos ostomies ostomy
ostracism ostracisms otalgia otalgias otherness othernesses otherworld otherworldliness
otherworldlinesses otherworlds otitis otitises otolaryngologies otolaryngology otologies otology
otoplasties otoplasty otorhinolaryngologies otorhinolaryngology otorrhea otorrheas otosclerosis
otosclerosises oustings outbreak outbreaks outburst outbursts outcome outcomes outcries outcry
outercourse outercourses outfitting outfittings outflow outflows outgrowth outgrowths outing
outings outlandishness outlandishnesses outlawries outlawry outlay outlays outlook outlooks
outrage outrageousness outrageousnesses outrages outreach outreaches outs outsizes outspokenness
outspokennesses outstroke outstrokes outtake outtakes outwardness outwardnesses ovariectomies
ovariectomy ovaritis ovaritises ovation ovations overabundance overabundances overachievement
overachievements overacting overactings overactivities overactivity overanxieties overanxiety
overappraisal overappraisals overbearingness overbearingnesses overbid overbids overbite
overbites overcall overcalls overcapitalisation overcapitalisations overcapitalization
overcapitalizations overcast overcasts overcompensation overcompensations overconfidence
overconfidences overcredulities overcredulity overeating overeatings overemphasis overemphasises
overestimation overestimations overexertion overexertions overexploitation overexploitations
overexposure overexposures overfeedings overflight overflights overgrowth overgrowths
overheatings overindulgence overindulgences overkill overkills overlordship overlordships
overmuches overmuchness overmuchnesses overplus overpluses overpressure overpressures
overproduction overproductions overprotection overprotections overrating overratings
overreaction overreactions overreckoning overreckonings overrefinement overrefinements
oversensitiveness oversensitivenesses overshielding overshieldings oversight oversights
oversimplification oversimplifications overstatement overstatements oversupplies oversupply
overtakings overtolerance overtolerances overtone overtones overture overtures overuse overuses
overutilisation overutilisations overutilization overutilizations overvaluation overvaluations
overview overviews overweights overworkings ovulation ovulations oxidation oxidations
oxidisation oxidisations oxidization oxidizations oxidoreduction oxidoreductions oxycephalies
oxycephaly oxygenation oxygenations oxymoron oxymorons oxyopia oxyopias oxytone oxytones ozaena
ozaenas ozena ozenas pabir pabirs pacemaker pacemakers pacesetter pacesetters pachinko pachinkos
pachisi pachisis pachycheilia pachycheilias pachyderma pachydermas pachytene pachytenes
pacification pacifications pacificism pacificisms pacifism pacifisms packagings pact pacts paean
paeans paederasties paederasty paediatrics paediatricses paedophilia paedophilias paganism
paganisms page pageant pageantries pageantry pageants pages pagination paginations paging
pagings pahlavi pahlavis pain painfulness painfulnesses pains painses painstakingness
painstakingnesses pairings paiwanic paiwanics palaeoanthropologies palaeoanthropology
palaeobiologies palaeobiology palaeobotanies palaeobotany palaeoclimatologies palaeoclimatology
palaeodendrologies palaeodendrology palaeoecologies palaeoecology palaeoethnographies
palaeoethnography palaeogeographies palaeogeography palaeogeologies palaeogeology palaeologies
palaeology palaeontologies palaeontology palaeopathologies palaeopathology palaeornithologies
palaeornithology palaeozoologies palaeozoology palaetiologies palaetiology palaic palaics
palatabilities palatability palatableness palatablenesses palatals palatopharyngoplasties
palatopharyngoplasty palaver palavers paleness palenesses paleoanthropologies paleoanthropology
paleobiologies paleobiology paleobotanies paleobotany paleoclimatologies paleoclimatology
paleodendrologies paleodendrology paleoecologies paleoecology paleoethnographies
paleoethnography paleogeographies paleogeography paleogeologies paleogeology paleographies
paleography paleologies paleology paleomammalogies paleomammalogy paleontologies paleontology
paleopathologies paleopathology paleornithologies paleornithology paleozoologies paleozoology
paletiologies paletiology palette palettes pali palilalia palilalias palimpsest palimpsests
palindrome palindromes palingenesis palingenesises palis pallet pallets palliation palliations
pallidities pallidity pallidness pallidnesses pallone pallones pallor pallors palmature
palmatures palmistries palmistry palpabilities palpability palpation palpations palpebration
palpebrations palpitation palpitations palsies palsy paltering palterings paltriness
paltrinesses pamperings pamphlet pamphlets panache panaches pancarditis pancarditises
pancreatectomies pancreatectomy pancreatitis pancreatitises pancytopenia pancytopenias pandemics
pandemonium pandemoniums pandiculation pandiculations panegyrics panencephalitis
panencephalitises pang pangs panhysterectomies panhysterectomy panic panics panorama panoramas
pansinusitis pansinusitises pantheism pantheisms pantings panto pantomime pantomimes pantos pap
paperhanging paperhangings papering paperings papermaking papermakings papers paperses paperwork
paperworks papilledema papilledemas papilloma papillomas papism papisms paps papule papules
papulovesicle papulovesicles para parable parables paracentesis paracentesises parachuting
parachutings paracosm paracosms paradiddle paradiddles paradigm paradigms paradox paradoxes
paraesthesia paraesthesias paragliding paraglidings paragon paragons paragraph paragraphs
paralanguage paralanguages paraleipsis paraleipsises paralepsis paralepsises paralipomenon
paralipomenons paralipsis paralipsises parallax parallaxes parallelism parallelisms parallels
paralogism paralogisms paralysis paralysises paramagnetism paramagnetisms parameter parameters
parametritis parametritises paramnesia paramnesias paramountcies paramountcy paranoia paranoias
paraparesis paraparesises paraph paraphilia paraphilias paraphrase paraphrases paraphrasis
paraphrasises paraphrenia paraphrenias paraphs paraplegia paraplegias parapraxis parapraxises
parapsychologies parapsychology paras parasailing parasailings parasitaemia parasitaemias
parasitemia parasitemias parasitism parasitisms paratyphoid paratyphoids parcelings parcellation
parcellations parcelling parcellings parcheesi parcheesis parchesi parchesis parchisi parchisis
paregmenon paregmenons parentage parentages parenthesis parenthesises parentheticals parenthood
parenthoods paresis paresises paresthesia paresthesias parhelion parhelions parimutuel
parimutuels parisologies parisology parities parity parji parjis parkinsonism parkinsonisms
parlance parlances parley parleys parochialism parochialisms parodies parody parole paroles
paronomasia paronomasias paronychia paronychias parosamia parosamias parotitis parotitises
paroxysm paroxysms paroxytone paroxytones parseeism parseeisms parser parsers parsiism parsiisms
parsimonies parsimoniousness parsimoniousnesses parsimony part parthenocarpies parthenocarpy
parthenogenesis parthenogenesises parthenogenies parthenogeny partialities partiality
partialness partialnesses partials participation participations participials participle
participles particularisation particularisations particularism particularisms particularities
particularity particularization particularizations particulars partings partisanship
partisanships partita partitas partitioning partitionings partitives partsong partsongs
parturiencies parturiency parturition parturitions pas pases pashto pashtos pashtu pashtus
pasigraphies pasigraphy pasquinade pasquinades passado passados passage passages passings
passion passionateness passionatenesses passions passiveness passivenesses passives passivism
passivisms passivities passivity passport passports password passwords pastels pasteurellosis
pasteurellosises pasteurisation pasteurisations pasteurization pasteurizations pastiche
pastiches pastime pastimes pastness pastnesses pastorale pastorales pastorals pastorship
pastorships patch patches patchiness patchinesses patchings patchwork patchworks patencies
patency patent patents paternalism paternalisms paternities paternity path pathogenesis
pathogenesises pathologies pathology pathos pathoses paths patience patiences patness patnesses
patois patoises patrilineage patrilineages patriotism patriotisms patristics patristicses
patrologies patrology patronage patronages patronym patronymics patronyms patter pattern
patterns patters paucities paucity paunchiness paunchinesses pauperisation pauperisations
pauperism pauperisms pauperization pauperizations pavan pavane pavanes pavans pax paxes paxto
paxtos paygrade paygrades pct pcts pe peace peaceableness peaceablenesses peacefulness
peacefulnesses peacekeepings peaces peal pealing pealings peals pean peans peasanthood
peasanthoods peccadillo peccadillos peculation peculations peculiarities peculiarity pedagogics
pedagogicses pedagogies pedagogy pedals pedantries pedantry peddlings pederasties pederasty
pedesis pedesises pediatrics pediatricses pediculosis pediculosises pedicure pedicures
pedologies pedology pedophilia pedophilias peduncle peduncles peeing peeings peek peekaboo
peekaboos peeks peelings peeve peeves peevishness peevishnesses pehlevi pehlevis pelagianism
pelagianisms peliosis peliosises pellagra pellagras pellucidities pellucidity pellucidness
pellucidnesses pelota pelotas pelter pelters peltings pelvimetries pelvimetry pemphigus
pemphiguses penalisation penalisations penalization penalizations penalties penalty penance
penances penchant penchants penetrabilities penetrability penetration penetrations penitence
penitences penmanship penmanships pennant pennants pennilessness pennilessnesses penning
pennings penologies penology pensiveness pensivenesses pentameter pentameters pentathlon
pentathlons pentatone pentatones pentecostalism pentecostalisms penuchle penuchles penult
penultima penultimas penultimates penults penumbra penumbras penuries penuriousness
penuriousnesses penury penutian penutians peonage peonages pep pepperiness pepperinesses
peppiness peppinesses peps peptisation peptisations peptization peptizations peradventures
perambulation perambulations percent percentage percentages percentile percentiles percents
percept perceptibilities perceptibility perception perceptions perceptiveness perceptivenesses
perceptivities perceptivity percepts percolation percolations percussion percussions perdition
perditions perdurabilities perdurability peregrination peregrinations perennation perennations
perestroika perestroikas perfecta perfectas perfectibilities perfectibility perfection
perfectionism perfectionisms perfections perfective perfectives perfidies perfidiousness
perfidiousnesses perfidy performance performances performings perfume perfumes perfusion
perfusions periarteritis periarteritises pericarditis pericarditises pericementoclasia
pericementoclasias peril perilousness perilousnesses perils perinatologies perinatology
perineotomies perineotomy periodical periodicals periodicities periodicity periodontia
periodontias periodontics periodonticses periodontitis periodontitises peripateticism
peripateticisms peripeteia peripeteias peripetia peripetias peripeties peripety periphrasis
periphrasises perishabilities perishability perishableness perishablenesses peristalsis
peristalsises peritonitis peritonitises perjuries perjury perkiness perkinesses perleche
perleches permanence permanences permanencies permanency permeabilities permeability
permeableness permeablenesses permeation permeations permic permics permissibilities
permissibility permission permissions permissiveness permissivenesses permutabilities
permutability permutableness permutablenesses permutation permutations perniciousness
perniciousnesses pernio pernios peroration perorations perpendicularities perpendicularity
perpetration perpetrations perpetuation perpetuations perpetuities perpetuity perplexities
perplexity persecution persecutions perseverance perseverances perseveration perseverations
persiflage persiflages persistence persistences persistencies persistency person persona
personableness personablenesses personalities personality personals personas personation
personations personhood personhoods persons perspective perspectives perspicaciousness
perspicaciousnesses perspicacities perspicacity perspicuities perspicuity perspicuousness
perspicuousnesses persuasion persuasions persuasiveness persuasivenesses pertainym pertainyms
pertinacities pertinacity pertinence pertinences pertinencies pertinency pertness pertnesses
perturbation perturbations pertussis pertussises perusal perusals perusings pervaporation
pervaporations pervasion pervasions pervasiveness pervasivenesses perverseness perversenesses
perversities perversity perviousness perviousnesses pessimism pessimisms pest pestilence
pestilences pestis pestises pests petechia petechias petiteness petitenesses petites petitio
petition petitions petitios petrifaction petrifactions petrification petrifications petrissage
petrissages petroglyph petroglyphs petrologies petrology petties pettifoggeries pettifoggery
pettiness pettinesses petting pettings pettishness pettishnesses petulance petulances peul peuls
ph phacoemulsification phacoemulsifications phaeochromocytoma phaeochromocytomas phagocytosis
phagocytosises phalacrosis phalacrosises phalangitis phalangitises phalloplasties phalloplasty
phaneromania phaneromanias phantasies phantasmagoria phantasmagorias phantasy pharmaceutics
pharmaceuticses pharmacies pharmacogenetics pharmacogeneticses pharmacokinetics
pharmacokineticses pharmacologies pharmacology pharmacopeia pharmacopeias pharmacy pharyngeals
pharyngitis pharyngitises phd phds phenomenologies phenomenology phenomenon phenomenons
phenotype phenotypes phenylketonuria phenylketonurias pheochromocytoma pheochromocytomas
pheresis pheresises phi philanthropies philanthropy philatelies philately philhellenism
philhellenisms philia philias philippic philippics philippines philistinism philistinisms
philogynies philogyny philologies philology philosophies philosophizing philosophizings
philosophy phimosis phimosises phis phlebectomies phlebectomy phlebitis phlebitises
phlebothrombosis phlebothrombosises phlebotomies phlebotomus phlebotomuses phlebotomy phlegm
phlegms phobia phobias phobophobia phobophobias phocomelia phocomelias phonation phonations
phonebook phonebooks phoneme phonemes phonemics phonemicses phonetics phoneticses phonics
phonicses phonogram phonograms phonologies phonology phonophobia phonophobias phosphorescence
phosphorescences photalgia photalgias photochemistries photochemistry photocoagulation
photocoagulations photoconduction photoconductions photoconductivities photoconductivity
photoelectricities photoelectricity photoemission photoemissions photographies photography
photogravure photogravures photojournalism photojournalisms photolithographies photolithography
photomechanics photomechanicses photometries photometry photophobia photophobias photoretinitis
photoretinitises photosensitivities photosensitivity photosynthesis photosynthesises
phototherapies phototherapy phototropism phototropisms phrase phraseologies phraseology phrases
phrasings phrenitis phrenitises phrenologies phrenology phthisis phthisises phycologies
phycology phycomycosis phycomycosises phylacteries phylactery phylogenesis phylogenesises
phylogenies phylogeny physiatrics physiatricses physicalism physicalisms physicalities
physicality physicalness physicalnesses physics physicses physiographies physiography
physiologies physiology physiotherapies physiotherapy physique physiques phytochemistries
phytochemistry phytologies phytology phytotherapies phytotherapy piaffe piaffes pianism pianisms
pianissimos pibroch pibroches pic pica picas pickings pickingses pics pictograph pictographs
pictorials picturesqueness picturesquenesses picturings pid pidgin pidgins pidlimdi pidlimdis
pids piecework pieceworks pieties piety piezoelectricities piezoelectricity piffle piffles
pigeonhole pigeonholes pigeonholing pigeonholings piggishness piggishnesses piggybacks
pigheadedness pigheadednesses pigmentation pigmentations pigsticking pigstickings pileses pileup
pileups pilferage pilferages pilgrimage pilgrimages pillaging pillagings pillar pillars
pilosities pilosity pilotage pilotages pilotings pimple pimples pinball pinballs pindaric
pindarics pinealoma pinealomas pining pinings pinkeye pinkeyes pinkness pinknesses pinkroot
pinkroots pinks pinning pinnings pinochle pinochles pinocle pinocles pinocytosis pinocytosises
pinprick pinpricks piousness piousnesses pip pipeline pipelines pips piquance piquances
piquancies piquancy piquantness piquantnesses piquet piquets piracies piracy pirouette
pirouettes pissings pitchings pitfall pitfalls pithiness pithinesses pities pitilessness
pitilessnesses pitting pittings pity pityriasis pityriasises pizzaz pizzazes pizzazz pizzazzes
pizzicatos pkd pkds pku pkus placard placards placation placations placement placements
placentation placentations placidities placidity placidness placidnesses plagiarisation
plagiarisations plagiarism plagiarisms plagiarization plagiarizations plagiocephalies
plagiocephaly plainchant plainchants plainness plainnesses plainsong plainsongs plaint
plaintiveness plaintivenesses plaints planation planations planeness planenesses plangencies
plangency planning plannings planographies planography plantings plash plashes plasmacytoma
plasmacytomas plasmapheresis plasmapheresises plasterings plasticities plasticity plastination
plastinations plateletpheresis plateletpheresises platitude platitudes platonism platonisms
plattdeutsch plattdeutsches plaudit plaudits plauditses plausibilities plausibility
plausibleness plausiblenesses playacting playactings playback playbacks playbill playbills
playbook playbooks playfulness playfulnesses playings playlet playlets playlist playlists
playoff playoffs playscript playscripts plea pleadings pleas pleasantness pleasantnesses
pleasantries pleasantry pleasingness pleasingnesses pleasings pleasure pleasures pleating
pleatings plebiscite plebiscites plenitude plenitudes plenteousness plenteousnesses plenties
plentifulness plentifulnesses plentitude plentitudes plenty pleochroism pleochroisms
pleomorphism pleomorphisms pleonasm pleonasms plethora plethoras pleuralgia pleuralgias
pleurisies pleurisy pleurodynia pleurodynias pleuropneumonia pleuropneumonias pleximetries
pleximetry pliabilities pliability pliancies pliancy pliantness pliantnesses plight plights
ploce ploces plodding ploddings plops plosion plosions plosive plosives plot plots ploughing
ploughings plowings ploy ploys pluckiness pluckinesses plumberies plumbery plumbism plumbisms
plumpness plumpnesses plumps plunderage plunderages plunderings plunker plunkers pluperfects
pluralisation pluralisations pluralities plurality pluralization pluralizations plurals pluses
pm pms pmses pneumatics pneumaticses pneumoconiosis pneumoconiosises pneumocytosis
pneumocytosises pneumonectomies pneumonectomy pneumonia pneumonias pneumonitis pneumonitises
pneumonoconiosis pneumonoconiosises pneumothorax pneumothoraxes poachings pock pockmark
pockmarks pocks podalgia podalgias podiatries podiatry poem poems poenologies poenology poesies
poesy poetics poeticses poetries poetry pogey pogeys pogies pogonip pogonips pogrom pogroms pogy
poignance poignances poignancies poignancy point pointedness pointednesses pointer pointers
pointlessness pointlessnesses points poisonings pokings pokomo pokomos polarisation
polarisations polarities polarity polarization polarizations polarographies polarography
polemics polemicses policies policy polio poliomyelitis poliomyelitises polios poliosis
poliosises polishings politeness politenesses politesse politesses politics politicses polities
polity polka polkas poll pollenation pollenations pollination pollinations pollinosis
pollinosises pollution pollutions polo polos poltrooneries poltroonery polyandries polyandry
polyarteritis polyarteritises polycythemia polycythemias polydactylies polydactyly polydipsia
polydipsias polygamies polygamy polygynies polygyny polyhidrosis polyhidrosises polymerisation
polymerisations polymerization polymerizations polymorphism polymorphisms polymyositis
polymyositises polyneuritis polyneuritises polynomial polynomials polyp polypectomies
polypectomy polyphone polyphones polyphonies polyphony polyploidies polyploidy polyps polyptoton
polyptotons polypus polypuses polysemant polysemants polysemies polysemy polysomies polysomy
polysyllable polysyllables polysyndeton polysyndetons polytheism polytheisms polytonalism
polytonalisms polytonalities polytonality polyuria polyurias polyvalence polyvalences
polyvalencies polyvalency pomologies pomology pomp pomposities pomposity pompousness
pompousnesses pomps ponderosities ponderosity ponderousness ponderousnesses pong pongs poorness
poornesses poperies popery popping poppings poppycock poppycocks popularisation popularisations
popularism popularisms popularities popularity popularization popularizations populism populisms
porn porno pornographies pornography pornos porns porosities porosity porousness porousnesses
porphyria porphyrias portabilities portability portent portents portion portions portmanteau
portmanteaus portrait portraits portraiture portraitures portrayal portrayals portrayings
portuguese portugueses posings posit positionings positiveness positivenesses positives
positivism positivisms positivities positivity posits posologies posology possession possessions
possessiveness possessivenesses possessives possibilities possibility possibleness
possiblenesses possibles postcard postcards postcode postcodes poster posteriorities
posteriority posters postfix postfixes posthitis posthitises postings postlude postludes
postmark postmarks postmortems postposition postpositions postscript postscripts postulation
postulations posture postures posturing posturings potboiler potboilers potence potences
potencies potency potentialities potentiality potentials potentiation potentiations pother
pothers potlatch potlatches potomania potomanias potshot potshots poudrin poudrins poundings
pout pouts poverties poverty powderiness powderinesses power powerfulness powerfulnesses
powerlessness powerlessnesses powers powwow powwows pox poxes ppp ppps practicabilities
practicability practicableness practicablenesses practicalities practicality practice practices
praenomen praenomens praetorship praetorships pragmatics pragmaticses pragmatism pragmatisms
praiseworthiness praiseworthinesses praisworthiness praisworthinesses prakrit prakrits prang
prangs prank prankishness prankishnesses pranks prate prates pratfall pratfalls praxis praxises
prayer prayerbook prayerbooks prayers preachification preachifications preachings preachment
preachments preakness preaknesses preamble preambles prearrangement prearrangements
precariousness precariousnesses precaution precautions precedence precedences precedencies
precedency precedent precedents precentorship precentorships precept preceptorship
preceptorships precepts precession precessions prechlorination prechlorinations preciosities
preciosity preciousness preciousnesses precipitance precipitances precipitancies precipitancy
precipitateness precipitatenesses precipitousness precipitousnesses precis preciseness
precisenesses precises precision precisions preclusion preclusions precociousness
precociousnesses precocities precocity precognition precognitions preconception preconceptions
predation predations predestinarianism predestinarianisms predestination predestinations
predetermination predeterminations predicament predicaments predicate predicates predication
predications predicator predicators predictabilities predictability prediction predictions
predilection predilections predisposition predispositions predominance predominances
predomination predominations preeclampsia preeclampsias preeminence preeminences preemption
preemptions preexistence preexistences prefabrication prefabrications preface prefaces
preference preferences preferment preferments prefiguration prefigurations prefix prefixation
prefixations prefixes preformation preformations pregnancies pregnancy prehension prehensions
preindication preindications prejudgement prejudgements prejudgment prejudgments prejudice
prejudices prelim preliminaries prelims prelimses prelude preludes prematureness prematurenesses
prematurities prematurity premeditation premeditations premiere premieres premiership
premierships premise premiss premisses premonition premonitions preoccupancies preoccupancy
preoccupation preoccupations preordination preordinations prep preparation preparations
preparedness preparednesses prepayment prepayments preponderance preponderances preposition
prepositions prepossession prepossessions prepotencies prepotency preps prerequisite
prerequisites prerogative prerogatives presbyopia presbyopias presbyterianism presbyterianisms
prescience presciences prescript prescription prescriptions prescriptivism prescriptivisms
prescripts presence presences presentation presentations presentiment presentiments presentism
presentisms presentment presentments presentness presentnesses preservation preservations
presidentship presidentships pressings pressmark pressmarks pressure pressures prestidigitation
prestidigitations prestige prestiges prestigiousness prestigiousnesses presumption presumptions
presumptuousness presumptuousnesses presupposition presuppositions pretence pretences
pretendings pretense pretenses pretension pretensions pretentiousness pretentiousnesses preterit
preterite preterites preterition preteritions preterits pretermission pretermissions pretext
pretexts pretrial pretrials prettiness prettinesses prevalence prevalences prevarication
prevarications prevention preventions preview previews prevision previsions prevue prevues
priapism priapisms price pricelessness pricelessnesses prices pricings prickings prickliness
pricklinesses prickling pricklings pride pridefulness pridefulnesses prides priestcraft
priestcrafts priggishness priggishnesses primacies primacy primalities primality primaries
primateship primateships primatologies primatology primer primers priming primings primitiveness
primitivenesses primitivism primitivisms primness primnesses primos primping primpings princedom
princedoms principalship principalships principle principles printings printmaking printmakings
printout printouts priorities priority priorship priorships prisonbreak prisonbreaks privacies
privacy privateness privatenesses privation privations privatisation privatisations
privatization privatizations privilege privileges prizefight prizefights probabilism
probabilisms probabilities probability probate probates probities probity problem problems
procedure procedures proceedings proceedingses process processes processings procession
processionals processions proclamation proclamations proclivities proclivity proconsulate
proconsulates proconsulship proconsulships procrastination procrastinations procreation
procreations proctalgia proctalgias proctitis proctitises proctocele proctoceles proctologies
proctology proctoplasties proctoplasty proctorship proctorships proctoscopies proctoscopy
procural procurals procurance procurances procurement procurements prodding proddings
prodigalities prodigality prodroma prodromas prodrome prodromes production productions
productiveness productivenesses productivities productivity profanation profanations profaneness
profanenesses profanities profanity professings professionalisation professionalisations
professionalism professionalisms professionalization professionalizations professorship
professorships proficiencies proficiency profile profiles profiling profilings profitabilities
profitability profitableness profitablenesses profligacies profligacy profoundness
profoundnesses profundities profundity profuseness profusenesses profusion profusions progeria
progerias prognathism prognathisms prognosis prognosises prognostication prognostications
prognostics program programings programma programmas programme programmes programming
programmings programs progress progresses progressiveness progressivenesses progressives
progressivism progressivisms progressivities progressivity prohibition prohibitions project
projection projections projects prolapse prolapses prolapsus prolapsuses prolegomenon
prolegomenons prolepsis prolepsises proliferation proliferations prolificacies prolificacy
prolixities prolixity prolixness prolixnesses prolog prologs prologue prologues prolongation
prolongations prolusion prolusions prom promenade promenades prominence prominences
promiscuities promiscuity promiscuousness promiscuousnesses promotion promotions promptbook
promptbooks promptings promptitude promptitudes promptness promptnesses proms promulgation
promulgations pronation pronations proneness pronenesses pronominals pronoun pronouncement
pronouncements pronouns pronunciamento pronunciamentos pronunciation pronunciations proof proofs
propaedeutics propaedeuticses propaganda propagandas propagation propagations proparoxytone
proparoxytones propensities propensity properness propernesses prophase prophases prophecies
prophecy prophylaxis prophylaxises propinquities propinquity propitiation propitiations
propitiousness propitiousnesses proportion proportionalities proportionality proportionals
proportionateness proportionatenesses proportions proposal proposals proposition propositions
proprieties propriety proprioception proprioceptions propses propulsion propulsions proration
prorations prorogation prorogations prosaicness prosaicnesses proscription proscriptions prose
prosecution prosecutions proselytism proselytisms proses prosiness prosinesses prosodies
prosodion prosodions prosody prosopopoeia prosopopoeias prospect prospects prospectus
prospectuses prosperities prosperity prospicience prospiciences prostatectomies prostatectomy
prostatitis prostatitises prosthetics prostheticses prosthodontia prosthodontias prosthodontics
prosthodonticses prostitution prostitutions prostration prostrations protagonism protagonisms
protanopia protanopias protection protectionism protectionisms protections protectiveness
protectivenesses protectorship protectorships proteinuria proteinurias proteolysis proteolysises
proteomics proteomicses protestantism protestantisms protestation protestations prothalamion
prothalamions prothalamium prothalamiums protoanthropologies protoanthropology
protoarchaeologies protoarchaeology protoarcheologies protoarcheology protocol protocols
protohistories protohistory protologies protology prototype prototypes protozoologies
protozoology protraction protractions provabilities provability provencals proverb proverbs
providence providences provincialism provincialisms provision proviso provisos provocation
provocations prowess prowesses proxemics proxemicses proximities proximity prudence prudences
pruderies prudery prudishness prudishnesses prurience pruriences pruriencies pruriency prurigo
prurigos pruritus prurituses pryings ps psalm psalmodies psalmody psalms psalter psalters
psammoma psammomas psephologies psephology pses pseudepigrapha pseudepigraphas pseudocyesis
pseudocyesises pseudohallucination pseudohallucinations pseudohermaphroditism
pseudohermaphroditisms pseudonym pseudonyms pseudorubella pseudorubellas pseudoscience
pseudosciences pseudosmallpox pseudosmallpoxes pseudovariola pseudovariolas psilosis psilosises
psittacosis psittacosises psoriasis psoriasises psyche psyches psychiatries psychiatry
psychoanalysis psychoanalysises psychobabble psychobabbles psychodynamics psychodynamicses
psychogenesis psychogenesises psychokinesis psychokinesises psycholinguistics
psycholinguisticses psychologies psychology psychometrics psychometricses psychometries
psychometrika psychometrikas psychometry psychoneurosis psychoneurosises psychonomics
psychonomicses psychopathies psychopathologies psychopathology psychopathy psychopharmacologies
psychopharmacology psychophysics psychophysicses psychophysiologies psychophysiology
psychosexualities psychosexuality psychosis psychosises psychosurgeries psychosurgery
psychotherapeutics psychotherapeuticses psychotherapies psychotherapy psyop psyops pteridologies
pteridology ptosis ptosises ptsd ptsds ptyalism ptyalisms publication publications publicities
publicity publicizings publishings puce puces puckishness puckishnesses pudginess pudginesses
puerilities puerility pufferies puffery puffiness puffinesses puffings pugilism pugilisms
pugnacities pugnacity puissance puissances pujunan pujunans puking pukings pulchritude
pulchritudes pullings pullout pullouts pullulation pullulations pulpiness pulpinesses pulsation
pulsations pulse pulses pulsings pun punctilio punctilios punctiliousness punctiliousnesses
punctualities punctuality punctuation punctuations pungencies pungency punics puniness
puninesses punishment punishments punning punnings puns puntings puppetries puppetry purana
puranas purchasings purdah purdahs pureness purenesses purgation purgations purgatories
purgatory purging purgings purification purifications purism purisms puritanism puritanisms
purities purity purpleness purplenesses purples purpose purposefulness purposefulnesses
purposelessness purposelessnesses purposes purpura purpuras purr purrs pursual pursuals
pursuance pursuances pursuit pursuits purulence purulences purulencies purulency purveyance
purveyances purview purviews puseyism puseyisms pushball pushballs pushiness pushinesses
pushings pushup pushups pusillanimities pusillanimity pusillanimousness pusillanimousnesses
pustule pustules putoff putoffs putout putouts putrefaction putrefactions putrescence
putrescences putridities putridity putridness putridnesses putsch putsches puttings puzzlement
puzzlements puzzler puzzlers pyaemia pyaemias pycnodysostosis pycnodysostosises pycnosis
pycnosises pyelitis pyelitises pyelographies pyelography pyelonephritis pyelonephritises pyemia
pyemias pyknosis pyknosises pyorrhea pyorrheas pyorrhoea pyorrhoeas pyramidings pyrexia pyrexias
pyrochemistries pyrochemistry pyroelectricities pyroelectricity pyrographies pyrography
pyrolatries pyrolatry pyrolysis pyrolysises pyromancies pyromancy pyromania pyromanias
pyrophobia pyrophobias pyrosis pyrosises pyrotechnics pyrotechnicses pyrotechnies pyrotechny
pyrrhics pyuria pyurias q qabala qabalah qabalahs qabalas qabbala qabbalah qabbalahs qabbalas
qcd qcds qed qeds qi qiang qiangic qiangics qiangs qis qoph qophs qs quackeries quackery
quadrantanopia quadrantanopias quadratics quadraticses quadrature quadratures quadrille
quadrilles quadriplegia quadriplegias quadrivium quadriviums quadrupling quadruplings quaintness
quaintnesses quake quakerism quakerisms quakes qualification qualifications qualifyings
qualities quality qualm qualms quandaries quandary quantic quantics quantifiabilities
quantifiability quantification quantifications quantifier quantifiers quantisation quantisations
quantities quantity quantization quantizations quantum quantums quarantine quarantines
quarrelsomeness quarrelsomenesses quarrying quarryings quartans quarterfinal quarterfinals
quarterlies quartile quartiles quarto quartos quasiparticle quasiparticles quatrain quatrains
quaver quavers queasiness queasinesses quechuans queerness queernesses quellings quellung
quellungs quenchings querulousness querulousnesses quest question questionings questionnaire
questionnaires questions quests quibble quibbles quickenings quickie quickies quickness
quicknesses quicksand quicksands quicky quiddities quiddity quiescence quiescences quiescencies
quiescency quietism quietisms quietness quietnesses quiets quietude quietudes quietus quietuses
quinsies quinsy quintet quintets quintupling quintuplings quirk quirkiness quirkinesses quirks
quislingism quislingisms quitclaim quitclaims quiverings quixotism quixotisms quiz quizes
quodlibet quodlibets quoits quoitses quoratean quorateans quotabilities quotability quotation
quotations quotient quotients rabidities rabidity rabidness rabidnesses rabies rabieses race
racecard racecards races rachischisis rachischisises rachitis rachitises racialism racialisms
raciness racinesses racings racism racisms racket racketeering racketeerings racketiness
racketinesses rackets racon racons radiance radiances radiancies radiancy radiation radiations
radicalism radicalisms radiculitis radiculitises radio radioactivities radioactivity
radiobiologies radiobiology radiochemistries radiochemistry radiocommunication
radiocommunications radiogram radiograms radiographies radiography radioimmunoassay
radioimmunoassays radiologies radiology radiolysis radiolysises radiopacities radiopacity
radiophotographies radiophotography radioprotection radioprotections radios radioscopies
radioscopy radiosensitivities radiosensitivity radiotelegraph radiotelegraphies radiotelegraphs
radiotelegraphy radiotelephone radiotelephones radiotelephonies radiotelephony radiotherapies
radiotherapy radius radiuses raffle raffles rage rages raggedness raggednesses ragnarok
ragnaroks ragtime ragtimes railleries raillery railroading railroadings rain raindrop raindrops
rainfall rainfalls raininess raininesses rainmaking rainmakings rains rainstorm rainstorms
raisings raiu raius raj rajs rakishness rakishnesses rale rales rallyings ramification
ramifications rampage rampages ranching ranchings rancidities rancidity rancidness rancidnesses
rancor rancors rancour rancours randomisation randomisations randomization randomizations
randomness randomnesses range ranges rankings rankness ranknesses ransackings rant ranting
rantings rants ranula ranulas rapaciousness rapaciousnesses rapacities rapacity rapidities
rapidity rapidness rapidnesses rapine rapines rappel rappels rapport rapports rapprochement
rapprochements rapture raptures raptus raptuses rarefaction rarefactions rareness rarenesses
rarities rarity rascalities rascality rashes rashness rashnesses rasp raspings rasps rassling
rasslings rastafarianism rastafarianisms ratabilities ratability rataplan rataplans
rateabilities rateability ratification ratifications ratings ratio ratiocination ratiocinations
rationale rationales rationalisation rationalisations rationalism rationalisms rationalities
rationality rationalization rationalizations rationalness rationalnesses rationing rationings
ratios ratting rattings rattlings rattrap rattraps raunch raunches ravage ravages ravagings rave
ravel ravels ravenousness ravenousnesses raves ravings ravishment ravishments rawness rawnesses
raws ray rays razbliuto razbliutos razing razings razmataz razmatazes razz razzes razzing
razzings razzle razzles razzmatazz razzmatazzes rbi rbis reabsorption reabsorptions reachings
reactance reactances reaction reactionism reactionisms reactions reactivities reactivity
readabilities readability readies readiness readinesses readings readjustment readjustments
readmission readmissions readout readouts readyings reaffiliation reaffiliations reaffirmation
reaffirmations realisation realisations realism realisms realities reality realization
realizations reallotment reallotments realm realms realness realnesses realpolitik realpolitiks
reappearance reappearances reapportionment reapportionments reappraisal reappraisals rearings
rearmament rearmaments rearrangement rearrangements reason reasonableness reasonablenesses
reasonings reasons reassemblies reassembly reassertion reassertions reassessment reassessments
reassignment reassignments reassurance reassurances rebellion rebellions rebelliousness
rebelliousnesses rebirth rebirths rebroadcast rebroadcasts rebuildings reburial reburials
reburying reburyings rebus rebuses rebuttal rebuttals recalcitrance recalcitrances
recalcitrancies recalcitrancy recalculation recalculations recantation recantations recap
recapitulation recapitulations recaps recasting recastings recce recces reccies recco reccos
reccy recedings receipt receivership receiverships recencies recency recentness recentnesses
reception receptions receptiveness receptivenesses receptivities receptivity recession
recessions recidivism recidivisms recipe recipes reciprocalities reciprocality reciprocals
reciprocation reciprocations reciprocities reciprocity recirculation recirculations recission
recissions recital recitals recitation recitations recitative recitatives recklessness
recklessnesses reckonings reclamation reclamations reclassification reclassifications reclining
reclinings reclusiveness reclusivenesses recoding recodings recognition recognitions
recollection recollections recombination recombinations recommencement recommencements
recommendation recommendations reconciliation reconciliations reconditeness reconditenesses
reconnaissance reconnaissances reconnoiterings reconnoitring reconnoitrings reconsideration
reconsiderations reconstruction reconstructions record records recountings recourse recourses
recoveries recovery recreation recreations recrimination recriminations recrudescence
recrudescences recruitment recruitments rectangularities rectangularity rectification
rectifications rectitude rectitudes recto rectocele rectoceles rectoplasties rectoplasty
rectorate rectorates rectorship rectorships rectos recuperation recuperations recurrence
recurrences recursion recursions recusal recusals recusancies recusancy recusation recusations
recycling recyclings redaction redactions rededication rededications redefinition redefinitions
redemption redemptions redeployment redeployments redeposition redepositions redetermination
redeterminations redevelopment redevelopments redeye redeyes rediffusion rediffusions
rediscoveries rediscovery redisposition redispositions redistribution redistributions redness
rednesses redolence redolences redox redoxes reds redshift redshifts reducings reductio
reduction reductionism reductionisms reductions reductios redundance redundances redundancies
redundancy reduplication reduplications reelection reelections reenactment reenactments
reenforcement reenforcements reenlistment reenlistments reentries reentry reevaluation
reevaluations reexamination reexaminations refabrication refabrications refereeing refereeings
reference references referendum referendums referents refillings refinement refinements
refinings refit refits reflation reflations reflection reflections reflectiveness
reflectivenesses reflex reflexes reflexion reflexions reflexiveness reflexivenesses reflexives
reflexivities reflexivity reflexologies reflexology reflux refluxes refocusing refocusings
reforestation reforestations reform reformation reformations reformism reformisms reforms
refraction refractions refractiveness refractivenesses refractivities refractivity
refractoriness refractorinesses refrain refrains refrigeration refrigerations refuelings
refulgence refulgences refulgencies refulgency refurbishment refurbishments refusal refusals
refutal refutals refutation refutations regainings regatta regattas regeneration regenerations
reggae reggaes regimen regimens regimentation regimentations regionalism regionalisms
registration registrations registries registry regress regresses regression regressions
regretses regularisation regularisations regularities regularity regularization regularizations
regulatings regulation regulations regurgitation regurgitations rehabilitation rehabilitations
reharmonisation reharmonisations reharmonization reharmonizations rehearing rehearings rehearsal
rehearsals reification reifications reimposition reimpositions reincarnationism
reincarnationisms reinforcement reinforcements reinforcer reinforcers reinstatement
reinstatements reinterpretation reinterpretations reintroduction reintroductions reissue
reissues reiteration reiterations rejection rejections rejoicings rejoinder rejoinders
rejuvenation rejuvenations relapse relapses relapsing relapsings relatedness relatednesses
relation relations relationses relationship relationships relativism relativisms relativities
relativity relatum relatums relaxation relaxations relegatings relegation relegations
relentlessness relentlessnesses relevance relevances relevancies relevancy reliabilities
reliability reliableness reliablenesses reliance reliances relief reliefs religion religionism
religionisms religions religiosities religiosity religiousism religiousisms religiousness
religiousnesses relinquishings relinquishment relinquishments relish relishes relishings
relistening relistenings reliving relivings relocation relocations reluctance reluctances
reluctivities reluctivity rem remainder remainders remarriage remarriages rematch rematches
remediation remediations remedies remedy rememberings remembrance remembrances remilitarisation
remilitarisations remilitarization remilitarizations reminder reminders reminiscence
reminiscences remission remissions remissness remissnesses remnant remnants remonstrance
remonstrances remonstration remonstrations remorse remorses remoteness remotenesses remotion
remotions removal removals rems renaissance renaissances renascence renascences renderings
rendezvous rendezvouses rendition renditions renege reneges renewal renewals renouncement
renouncements renovation renovations renown renowns rentings renunciation renunciations
reorderings reorganisation reorganisations reorganization reorganizations reorientation
reorientations repartee repartees repatriation repatriations repayment repayments repeatings
repechage repechages repentance repentances repercussion repercussions repetition repetitions
repetitiousness repetitiousnesses repetitiveness repetitivenesses rephrasings replaceabilities
replaceability replacement replacements replacings replay replays replenishment replenishments
repletion repletions replication replications reportage reportages reportings repose reposes
repositing repositings reposition repositioning repositionings repositions repossession
repossessions reprehensibilities reprehensibility reprehension reprehensions representation
representations repression repressions reprieve reprieves reprint reprintings reprints reprisal
reprisals reproach reproaches reprobation reprobations reproducibilities reproducibility
reproduction reproductions reproof reproofs reproval reprovals republicanism republicanisms
republication republications republishing republishings repudiation repudiations repugnance
repugnances repulsion repulsions repulsiveness repulsivenesses repurchase repurchases
reputabilities reputability reputation reputations requiem requiems requiescat requiescats
requirement requirements requisiteness requisitenesses resale resales rescission rescissions
rescript rescripts research researches resection resections resemblance resemblances resentment
resentments resettlement resettlements resh reshes reshipment reshipments reshuffle reshuffles
reshuffling reshufflings residencies residency residuals residuum residuums resignation
resignations resilience resiliences resiliencies resiliency resistance resistances resistivities
resistivity resoluteness resolutenesses resolution resolutions resolvings resonance resonances
resorption resorptions resourcefulness resourcefulnesses respect respectabilities respectability
respectfulness respectfulnesses respectses respiration respirations respite respites
resplendence resplendences resplendencies resplendency response responses responsibilities
responsibility responsibleness responsiblenesses responsiveness responsivenesses rest
restatement restatements restfulness restfulnesses restiveness restivenesses restlessness
restlessnesses restoration restorations restraint restraints restriction restrictions
restrictiveness restrictivenesses rests result resultants results resumption resumptions
resurgence resurgences resurrection resurrections resurvey resurveys resuscitation
resuscitations retail retailing retailings retails retake retakes retaking retakings retaliation
retaliations retardation retardations retention retentions retentiveness retentivenesses
retentivities retentivity reticence reticences reticulation reticulations retinitis retinitises
retinoblastoma retinoblastomas retinopathies retinopathy retirement retirements retraction
retractions retraining retrainings retrial retrials retrieval retrievals retroflection
retroflections retroflexion retroflexions retrogression retrogressions retronym retronyms retros
retrospect retrospection retrospections retrospects retroversion retroversions retrovision
retrovisions reunification reunifications reuptake reuptakes revaluation revaluations revealings
reveille reveilles revelation revelations revelries revelry revenge revenges reverberance
reverberances reverberation reverberations reverie reveries reversal reversals reversibilities
reversibility revertings revery revilement revilements revisal revisals revisings revision
revisions revitalisation revitalisations revitalization revitalizations revival revivalism
revivalisms revivals revivification revivifications revocation revocations revoke revokes revolt
revolts revolution revolutionism revolutionisms revolutions revue revues revulsion revulsions
reward rewards rewording rewordings rewritings rfd rfds rhabdomancies rhabdomancy rhabdomyoma
rhabdomyomas rhabdomyosarcoma rhabdomyosarcomas rhabdosarcoma rhabdosarcomas rhagades rhagadeses
rhapsodies rhapsody rheologies rheology rhetoric rhetorics rheumatism rheumatisms rheumatologies
rheumatology rhinitis rhinitises rhinolaryngologies rhinolaryngology rhinopathies rhinopathy
rhinophyma rhinophymas rhinoplasties rhinoplasty rhinorrhea rhinorrheas rhinoscopies rhinoscopy
rhinosporidiosis rhinosporidiosises rhinostenosis rhinostenosises rhinotomies rhinotomy
rhinotracheitis rhinotracheitises rhizotomies rhizotomy rho rhodomontade rhodomontades rhonchus
rhonchuses rhos rhumba rhumbas rhyme rhymes rhythm rhythmicities rhythmicity rhythms
rhytidectomies rhytidectomy rhytidoplasties rhytidoplasty ribaldries ribaldry richness
richnesses rick ricketiness ricketinesses rickets ricketses rickettsialpox rickettsialpoxes
rickettsiosis rickettsiosises ricks rico ricos rictus rictuses riddance riddances ridiculousness
ridiculousnesses ridings riflings rigamarole rigamaroles righteousness righteousnesses
rightfulness rightfulnesses rightism rightisms rightness rightnesses rights rigidification
rigidifications rigidifying rigidifyings rigidities rigidity rigidness rigidnesses rigmarole
rigmaroles rigor rigorousness rigorousnesses rigors rigour rigourousness rigourousnesses rigours
riksmaal riksmaals riksmal riksmals rinderpest rinderpests ringings ringworm ringworms rinsings
riot rioting riotings riots ripeness ripenesses ripenings riposte ripostes ripple ripples
ripplings riptide riptides risc riscs risibilities risibility risings riskiness riskinesses
risklessness risklessnesses rite rites ritual ritualism ritualisms rituals ritz ritzes rivalries
rivalry ro roadblock roadblocks roadbook roadbooks roadworthiness roadworthinesses roarings
roastings robberies robbery robotics roboticses robustness robustnesses rockabillies rockabilly
rocketries rocketry rockiness rockinesses rockslide rockslides rococos rodeo rodeos rodomontade
rodomontades roentgenographies roentgenography rogation rogations rogueries roguery roguishness
roguishnesses role roleplaying roleplayings roles rollback rollbacks roller rollerblading
rollerbladings rollers rollings rollover rollovers rolypoliness rolypolinesses romaics romanal
romanals romance romances romanesque romanesques romanism romanisms romanshes romanticisation
romanticisations romanticism romanticisms romanticization romanticizations ron rondeau rondeaus
rondel rondelet rondelets rondels rondo rondos rons roominess roominesses rootage rootages
rooting rootings rootses ropiness ropinesses roping ropings rorschach rorschaches ros rosacea
rosaceas roseola roseolas rosicrucianism rosicrucianisms rosiness rosinesses roster rosters
rotation rotations rote rotogravure rotogravures rottenness rottennesses rotting rottings
rotundities rotundity rotundness rotundnesses roughness roughnesses roundedness roundednesses
roundel roundelay roundelays roundels rounders rounderses roundings roundness roundnesses
roundtable roundtables roundup roundups roundworm roundworms rousings routemarch routemarches
routine routines rovings rowdiness rowdinesses rowdyism rowdyisms rowings royalism royalisms
rubbing rubbings rubdown rubdowns rubella rubellas rubeola rubeolas rubicon rubicons rubor
rubors rubric rubrics ruckus ruckuses ruction ructions ruddiness ruddinesses rudeness rudenesses
rudiment rudiments rudimentses ruefulness ruefulnesses ruffianism ruffianisms rugbies rugby
ruggedisation ruggedisations ruggedization ruggedizations ruggedness ruggednesses rugger ruggers
ruin ruination ruinations ruinings ruins rule rulership rulerships rules rulings rumanian
rumanians rumanshes rumba rumbas rumble rumbles rumblings rumination ruminations rumor rumors
rumour rumours rumpus rumpuses runaways rundown rundowns rune runniness runninesses running
runnings runoff runoffs runtiness runtinesses runup runups ruralism ruralisms ruralities
rurality ruritania ruritanias ruse ruses rushings rustication rustications rusticism rusticisms
rusticities rusticity rustiness rustinesses rustings rustlings ruth ruthfulness ruthfulnesses
ruthlessness ruthlessnesses ruths sabellian sabellians sabotage sabotages saccade saccades
saccharinities saccharinity sacerdotalism sacerdotalisms sacrament sacraments sacredness
sacrednesses sacrilege sacrileges sacrilegiousness sacrilegiousnesses sadhe sadhes sadism
sadisms sadness sadnesses sadomasochism sadomasochisms saek saeks safari safaris safekeeping
safekeepings safeness safenesses safeties safety saga sagaciousness sagaciousnesses sagacities
sagacity sagas saharans sailings sailplaning sailplanings saintliness saintlinesses sake sakes
salaah salaahs salaam salaams salaat salaats salabilities salability salableness salablenesses
salaciousness salaciousnesses salacities salacity salafism salafisms salah salahs salat salats
sale salesmanship salesmanships salience saliences saliencies saliency salinities salinity
salish salishan salishans salishes salivation salivations sallies sallowness sallownesses sally
salmonellosis salmonellosises salpingectomies salpingectomy salpingitis salpingitises saltation
saltations saltiness saltinesses saltings salubriousness salubriousnesses salubrities salubrity
salutation salutations salutatories salutatory salvation salvations salvo salvos samekh samekhs
sameness samenesses samiel samiels samizdat samizdats samoyedic samoyedics sample samples
samplings samsara samsaras sanctification sanctifications sanctimonies sanctimoniousness
sanctimoniousnesses sanctimony sanctities sanctitude sanctitudes sanctity sandblast sandblasts
sandhi sandhis sandiness sandinesses sandstorm sandstorms saneness sanenesses sango sangos
sanguification sanguifications sanguineness sanguinenesses sanguines sanguinities sanguinity
sanitariness sanitarinesses sanitation sanitations sanities sanitisation sanitisations
sanitization sanitizations sanity sanskrit sanskrits sapidities sapidity sapidness sapidnesses
sapience sapiences saponification saponifications sapphism sapphisms sapraemia sapraemias
sapremia sapremias saraband sarabands sarcasm sarcasms sarcoidosis sarcoidosises sarcoma
sarcomas sars sarses sass sasses sassing sassings satanism satanisms satanophobia satanophobias
satiation satiations satieties satiety satire satires satisfaction satisfactions
satisfactoriness satisfactorinesses satori satoris saturation saturations saturnalia saturnalias
saturnism saturnisms satyagraha satyagrahas satyriasis satyriasises sauciness saucinesses
saunter saunters sauteings savageness savagenesses savageries savagery savoriness savorinesses
savorings savorlessness savorlessnesses savour savouring savourings savourlessness
savourlessnesses savours sawm sawms sayanci sayancis sayings sayonara sayonaras sbe sbes sbw
sbws scabies scabieses scalabilities scalability scalage scalages scalars scald scalds scale
scales scaliness scalinesses scalings scam scams scandal scandalisation scandalisations
scandalization scandalizations scandalmongerings scandalousness scandalousnesses scandals
scanning scannings scansion scansions scantiness scantinesses scantness scantnesses
scaphocephalies scaphocephaly scar scarceness scarcenesses scarcities scarcity scarlatina
scarlatinas scarlets scars scat scathe scathes scatologies scatology scatophagies scatophagy
scats scd scds scenario scenarios scent scents scepter scepters scepticism scepticisms sceptre
sceptres schadenfreude schadenfreudes schedulings schema schemas schematisation schematisations
schematization schematizations scheme schemes schemozzle schemozzles scheol scheols scherzo
scherzos schism schisms schistorrhachis schistorrhachises schistosomiasis schistosomiasises
schizogonies schizogony schizoids schizophrenia schizophrenias schizothymia schizothymias
schmaltz schmaltzes schmalz schmalzes schmegegge schmegegges schmoose schmooses schmooze
schmoozes scholasticism scholasticisms scholia scholias scholium scholiums schoolbook
schoolbooks schoolings schoolwork schoolworks schottische schottisches schwa schwas sciatica
sciaticas scid scids science sciences scintillation scintillations sciolism sciolisms scission
scissions sclaff sclaffs scleredema scleredemas scleritis scleritises scleroderma sclerodermas
sclerosis sclerosises sclerotomies sclerotomy scnt scnts scoffings scoldings scolion scolions
scoliosis scoliosises scope scopes scorbutus scorbutuses scorcher scorchers score scorecard
scorecards scorings scorn scorns scotoma scotomas scotses scottishes scouring scourings scours
scourses scoutings scrapie scrapies scrappiness scrappinesses scratchiness scratchinesses
scratchings scrawniness scrawninesses screamings screechings screed screeds screenings
screenplay screenplays screwing screwings screwup screwups scrimmage scrimmages script scripts
scripture scriptures scrofula scrofulas scrubbiness scrubbinesses scrubbing scrubbings scrum
scrummage scrummages scrums scrunch scrunches scruples scrupleses scrupulousness
scrupulousnesses scrutinies scrutiny scudding scuddings scuffle scuffles sculling scullings
scumble scumbles scunner scunners scurrilities scurrility scurvies scuttlebutt scuttlebutts
seafarings sealings seamanship seamanships seaquake seaquakes seasickness seasicknesses
seasonableness seasonablenesses seaworthiness seaworthinesses sebe sebes seborrhea seborrheas
sebs sebses secernment secernments secessionism secessionisms sechuana sechuanas seclusion
seclusions secondment secondments secondo secondos secrecies secrecy secretaryship
secretaryships secretion secretions secretiveness secretivenesses secrets sectarianism
sectarianisms section sectionalisation sectionalisations sectionalism sectionalisms
sectionalization sectionalizations sections secularisation secularisations secularism
secularisms secularization secularizations secureness securenesses securities security
sedateness sedatenesses sedation sedations seder seders sedimentation sedimentations sedition
seditions seduction seductions sedulities sedulity sedulousness sedulousnesses seediness
seedinesses seeings seekings seemliness seemlinesses seepage seepages segmentation segmentations
segno segnos segregation segregationism segregationisms segregations segue segues seiche seiches
seism seismographies seismography seismologies seismology seisms seizure seizures selection
selections selectivities selectivity selenolatries selenolatry selenologies selenology self
selfishness selfishnesses selflessness selflessnesses selfs selfsameness selfsamenesses sellings
selloff selloffs sellout sellouts semantics semanticses semasiologies semasiology semblance
semblances semi semibreve semibreves semicolon semicolons semicoma semicomas semiconsciousness
semiconsciousnesses semidarkness semidarknesses semidiameter semidiameters semifinal semifinals
semifluidities semifluidity semimonthlies seminoma seminomas semiologies semiology semiotics
semioticses semiquaver semiquavers semis semitics semitone semitones semitrance semitrances
semitransparencies semitransparency semivowel semivowels semiweeklies sempiternities
sempiternity senatorship senatorships sendings sendup sendups senescence senescences seniorities
seniority senor senora senoras senorita senoritas senors sensation sensationalism
sensationalisms sensations sense senselessness senselessnesses sensibilities sensibility
sensibleness sensiblenesses sensings sensitisation sensitisations sensitisings sensitiveness
sensitivenesses sensitivities sensitivity sensitization sensitizations sensitizings sensualism
sensualisms sensualities sensuality sensualness sensualnesses sensuousness sensuousnesses
sentence sentences sentience sentiences sentiencies sentiency sentiment sentimentalisation
sentimentalisations sentimentalism sentimentalisms sentimentalities sentimentality
sentimentalization sentimentalizations sentiments separabilities separability separateness
separatenesses separation separationism separationisms separations separatrix separatrixes sepia
sepias seppuku seppukus sepsis sepsises septation septations septectomies septectomy septicaemia
septicaemias septicemia septicemias sepulture sepultures sequel sequela sequelas sequella
sequellas sequels sequestration sequestrations serenade serenades serendipities serendipity
sereness serenesses serenities serenity serer serers serfdom serfdoms serfhood serfhoods
serialisation serialisations serialism serialisms serialization serializations serials
sericulture sericultures serif serifs serigraphies serigraphy seriocomedies seriocomedy
seriousness seriousnesses seriph seriphs sermon sermons serologies serology serration serrations
service serviceabilities serviceability serviceableness serviceablenesses services serviceses
servicings servilities servility servitude servitudes sesotho sesothos sesquipedalia
sesquipedalians sesquipedalias sesquipedalities sesquipedality session sessions setback setbacks
setswana setswanas sevens sevenses seventeenths sevenths seventieths severalties severalty
severance severances severeness severenesses severings severities severity sewings sex sexcapade
sexcapades sexes sexiness sexinesses sexism sexisms sexlessness sexlessnesses sexploitation
sexploitations sextet sextets sexualities sexuality sforzando sforzandos sgml sgmls shabbiness
shabbinesses shade shadiness shadinesses shadings shadow shadowboxing shadowboxings shadowiness
shadowinesses shadowings shadows shaft shafts shagginess shagginesses shahadah shahadahs
shakedowns shakeout shakeouts shakeup shakeups shakiness shakinesses shakings shallowness
shallownesses shamanism shamanisms shambleses shamblings shame shamefacedness shamefacednesses
shamefulness shamefulnesses shamelessness shamelessnesses shames shan shans shape shapeliness
shapelinesses shapes shapings shareware sharewares sharings sharpness sharpnesses sharps shastan
shastans shatterings shavings shear shearings shedding sheddings sheen sheens sheepishness
sheepishnesses shellfire shellfires shellings shema shemas shemozzle shemozzles shenanigan
shenanigans shf shfs shiatsu shiatsus shibboleth shibboleths shielding shieldings shiftiness
shiftinesses shiftings shiftlessness shiftlessnesses shigellosis shigellosises shiism shiisms
shillyshallies shillyshally shimmer shimmers shina shinas shiner shiners shingles shingleses
shingon shingons shininess shininesses shinings shinney shinneys shinnies shinny shintoism
shintoisms shipbuilding shipbuildings shipping shippings shirkings shirring shirrings
shirtsleeves shirtsleeveses shirttail shirttails shitlist shitlists shitting shittings shitwork
shitworks shivaree shivarees shiverings shmaltz shmaltzes shmegegge shmegegges shmooze shmoozes
shock shocks shoddiness shoddinesses shoemaking shoemakings shoes shoeses shoeshine shoeshines
shogi shogis shootings shootout shootouts shoplifting shopliftings shopping shoppings shortage
shortages shortcoming shortcomings shortfall shortfalls shorthands shortlist shortlists
shortness shortnesses shortsightedness shortsightednesses shoshonean shoshoneans shoshonian
shoshonians shots shoutings shovelboard shovelboards showcase showcases showdown showdowns
showiness showinesses showings showjumping showjumpings showmanship showmanships showstopper
showstoppers shrewdness shrewdnesses shrewishness shrewishnesses shriek shriekings shrieks
shrift shrifts shrillings shrillness shrillnesses shrinkage shrinkages shrinkings shtup shtups
shucks shuckses shuffleboard shuffleboards shufflings shufti shuftis shunning shunnings shutdown
shutdowns shuteye shuteyes shutout shutouts shutting shuttings shwa shwas shyness shynesses
sialadenitis sialadenitises siamese siameses sibilants sibilation sibilations sibine sibines
sickeningness sickeningnesses sickness sicknesses sidebar sidebars sideropenia sideropenias
siderosis siderosises sideshow sideshows sideslip sideslips sidesplitter sidesplitters
sidestroke sidestrokes sideswipe sideswipes sids sidses siege sieges siesta siestas siftings
sigeh sigehs sight sightedness sightednesses sightings sightlessness sightlessnesses sightseeing
sightseeings sigint sigints sigma sigmas sigmoidectomies sigmoidectomy sigmoidoscopies
sigmoidoscopy signal signalings signalisation signalisations signalization signalizations
signals signature signatures significance significances signification significations signifieds
signifier signifiers signings signpost signposts sikhism sikhisms silence silences silents
silentses silicosis silicosises silkiness silkinesses silliness sillinesses silviculture
silvicultures similarities similarity simile similes similitude similitudes simmerings
simmpleness simmplenesses simonies simony simoom simooms simoon simoons simper simpers
simpleness simplenesses simplicities simplicity simplification simplifications simplism
simplisms simulacrum simulacrums simulation simulations simulcast simulcasts simultaneities
simultaneity simultaneousness simultaneousnesses sin sincerities sincerity sine sinfulness
sinfulnesses singalong singalongs singing singings singleness singlenesses singleses singsong
singsongs singularities singularity singulars singultus singultuses sinhalas sinistralities
sinistrality sinitics sinkings sinlessness sinlessnesses sinning sinnings sinologies sinology
sins sinusitis sinusitises sion sions siriasis siriasises sirocco siroccos sissiness sissinesses
sisterhood sisterhoods sistership sisterships sitcom sitcoms sitting sittings situation
situations sixteenths sixths sixtieths size sizeableness sizeablenesses sizes skateboarding
skateboardings skating skatings skeet skeets skepticism skepticisms sketchiness sketchinesses
skewness skewnesses skiagraphies skiagraphy skiffle skiffles skiing skiings skill skillfulness
skillfulnesses skills skimming skimmings skincare skincares skinnies skinniness skinninesses
skirl skirls skirmish skirmishes skit skits skittishness skittishnesses skittles skittleses
skulduggeries skulduggery skulking skulkings skullduggeries skullduggery skydiving skydivings
skyrocket skyrockets skywriting skywritings slackenings slacking slackings slackness slacknesses
slalom slaloms slander slanders slang slanginess slanginesses slangs slanguage slanguages slant
slants slapshot slapshots slapstick slapsticks slatternliness slatternlinesses slaveholdings
slaveries slavery slavic slavics slavonics slaying slayings sle sleaze sleazes sleaziness
sleazinesses sledding sleddings sleekness sleeknesses sleepiness sleepinesses sleepings
sleeplessness sleeplessnesses sleepover sleepovers sleepwalking sleepwalkings sleet sleets
sleight sleights slenderness slendernesses sles sleuthing sleuthings slicings slick slickness
slicknesses slicks slight slightness slightnesses slights sliminess sliminesses slimness
slimnesses slingings slippage slippages slipperiness slipperinesses slipstream slipstreams
slogan sloganeering sloganeerings slogans sloppiness sloppinesses slot sloth slothfulness
slothfulnesses sloths slots slough sloughing sloughings sloughs slovenliness slovenlinesses
slowdown slowdowns slowings slowness slownesses slub slubs slugfest slugfests sluggishness
sluggishnesses slur slurs sluttishness sluttishnesses slyness slynesses smacker smackers
smackings smallness smallnesses smallpox smallpoxes smarm smarminess smarminesses smarms
smartings smartness smartnesses smashings smear smears smellings smiley smileys smilings smirch
smirches smog smogginess smogginesses smogs smoke smokes smokings smooch smooches smooching
smoochings smoothness smoothnesses smoulder smoulders smudge smudges smugglings smugness
smugnesses smuttiness smuttinesses snafus snakebite snakebites snappishness snappishnesses snare
snares sneakiness sneakinesses sneeze sneezes sneezing sneezings snick snickersnee snickersnees
snicks sniffle sniffles snit snits snivel sniveling snivelings snivels snobberies snobbery
snobbishness snobbishnesses snobbism snobbisms snogging snoggings snooker snookers snoopiness
snoopinesses snootiness snootinesses snooze snoozes snorings snorkeling snorkelings snortings
snow snowblindness snowblindnesses snowboarding snowboardings snowfall snowfalls snowflake
snowflakes snows snowstorm snowstorms snp snps snuffle snuffles snugglings snugness snugnesses
soakage soakages soaker soakers soakings soapiness soapinesses soarings sobbing sobbings
soberness sobernesses sobrieties sobriety sobriquet sobriquets socage socages soccer soccers
sociabilities sociability sociableness sociablenesses socialisation socialisations socialising
socialisings socialism socialisms socialities sociality socialization socializations
socializings sociobiologies sociobiology sociolinguistics sociolinguisticses sociologies
sociology sociometries sociometry sodoku sodokus sodomies sodomy softenings softheartedness
softheartednesses softness softnesses software softwares sogginess sogginesses soh sohs soil
soilings soils soilure soilures sojourn sojourns sokoro sokoros solace solacement solacements
solaces solarisation solarisations solarization solarizations solderings soldiering soldierings
soldiership soldierships solecism solecisms solemness solemnesses solemnisation solemnisations
solemnities solemnity solemnization solemnizations solfa solfas solfege solfeges solfeggio
solfeggios solferino solferinos solicitation solicitations solicitorship solicitorships
solicitousness solicitousnesses solicitude solicitudes solidarities solidarity solidification
solidifications solidifying solidifyings solidities solidity solidness solidnesses soliloquy
soliloquys solipsism solipsisms solitaries solitariness solitarinesses soliton solitons solitude
solitudes solmisation solmisations solmization solmizations solo solos solresol solresols
solubleness solublenesses solvabilities solvability solvation solvations solvencies solvency
solvings somaesthesia somaesthesias somaesthesis somaesthesises somataesthesis somataesthesises
somatesthesia somatesthesias somatosense somatosenses somatotype somatotypes somberness
sombernesses sombreness sombrenesses somebodies somebody someone someones somersault
somersaulting somersaultings somersaults somerset somersets somesthesia somesthesias somesthesis
somesthesises somnambulation somnambulations somnambulism somnambulisms somniloquism
somniloquisms somniloquy somniloquys somnolence somnolences somrai somrais sonants sonata
sonatas sonatina sonatinas song songbook songbooks songfulness songfulnesses songhai songhais
songs sonnet sonnets sonographies sonography sonorities sonority sonorousness sonorousnesses
sooth sooths soothsaying soothsayings sootiness sootinesses sophism sophisms sophistication
sophistications sophistries sophistry sopor sopors sorceries sorcery sordidness sordidnesses
soreness sorenesses sores sorption sorptions sorriness sorrinesses sorrow sorrowfulness
sorrowfulnesses sorrows sort sortie sorties sorting sortings sortition sortitions sorts sos
soses soteriologies soteriology sottishness sottishnesses soubriquet soubriquets soulfulness
soulfulnesses sound soundings soundlessness soundlessnesses soundness soundnesses sounds
soupiness soupinesses sourings sourness sournesses sousings southeaster southeasters southeasts
southeastwards souther southerlies southernism southernisms southernness southernnesses southers
souths southwest southwester southwesterns southwesters southwests southwestwards sovereignties
sovereignty space spacefaring spacefarings spaceflight spaceflights spaces spaciousness
spaciousnesses spadework spadeworks spallation spallations spanish spanishes spank spankings
spanks spareness sparenesses sparge sparges spark sparkle sparkles sparklings sparks sparring
sparrings sparseness sparsenesses sparsities sparsity spasm spasmolysis spasmolysises spasms
spasticities spasticity spat spatialities spatiality spats spatter spatterings spatters spavin
spavins spaying spayings speakership speakerships speakings spec specialisation specialisations
specialism specialisms specialities speciality specialization specializations specialness
specialnesses specials specialties specialty speciation speciations specification specifications
specificities specificity specifics specimen specimens speciousness speciousnesses speck speckle
speckles specks spectacle spectaculars specter specters spectrometries spectrometry
spectroscopies spectroscopy spectrum spectrums speculation speculations speculativeness
speculativenesses speech speeches speechlessness speechlessnesses speechmaking speechmakings
speediness speedinesses speedings speedup speedups spelaeologies spelaeology speleologies
speleology spell spelldown spelldowns spellings spells spendings spermatogenesis
spermatogenesises spf spfs sphacelus sphaceluses sphere spheres sphericalness sphericalnesses
sphericities sphericity spiccato spiccatos spiceries spicery spiciness spicinesses spiel spiels
spiff spiffs spike spikes spillikins spillikinses spillover spillovers spinals spinelessness
spinelessnesses spininess spininesses spinnabilities spinnability spinnbarkeit spinnbarkeits
spinning spinnings spinsterhood spinsterhoods spirants spiritedness spiritednesses spiritism
spiritisms spiritlessness spiritlessnesses spiritualisation spiritualisations spiritualism
spiritualisms spiritualization spiritualizations spirituals spirometries spirometry spirt spirts
spite spitefulness spitefulnesses spites spitting spittings splashdown splashdowns splashiness
splashinesses splashings splat splats splatter splattering splatterings splatters splendor
splendors splendour splendours splenectomies splenectomy splenitis splenitises splenomegalies
splenomegaly splinterings splitsville splitsvilles splodge splodges splotch splotches splurge
splurges splutter splutters spoilation spoilations spoilings spoliation spoliations spondee
spondees spondylarthritis spondylarthritises spondylitis spondylitises spondylolisthesis
spondylolisthesises sponginess sponginesses spongioblastoma spongioblastomas sponsorship
sponsorships spontaneities spontaneity spontaneousness spontaneousnesses spoof spoofs spoonerism
spoonerisms spoonfeeding spoonfeedings sporotrichosis sporotrichosises sport sportfishing
sportfishings sportiveness sportivenesses sports sportscast sportscasts sportsmanship
sportsmanships sporulation sporulations spotlessness spotlessnesses spotlight spotlights spotses
spotting spottings sprachgefuhl sprachgefuhls sprawlings sprayings spreadhead spreadheads
spreadings spreadsheet spreadsheets sprechgesang sprechgesangs sprechstimme sprechstimmes spree
sprees sprightliness sprightlinesses springiness springinesses springtide springtides sprites
spriteses spritz spritzes sproutings spruceness sprucenesses sprue sprues spur spuriousness
spuriousnesses spurring spurrings spurs spurt spurts sputterings spyings spyware spywares
squabble squabbles squalidness squalidnesses squalor squalors squandering squanderings
squandermania squandermanias squareness squarenesses squatness squatnesses squattiness
squattinesses squatting squattings squeamishness squeamishnesses squeezabilities squeezability
squeezings squelcher squelchers squiggle squiggles squish squishes sse sspe sspes ssw ssws
stabilisation stabilisations stabilities stability stabilization stabilizations stableness
stablenesses stagecraft stagecrafts stagflation stagflations staggerses staginess staginesses
stagings stagnancies stagnancy stagnation stagnations staidness staidnesses stainabilities
stainability staining stainings stakeout stakeouts stalemate stalemates staleness stalenesses
stalinisation stalinisations stalinization stalinizations stalkings stallings stalwartness
stalwartnesses stamina staminas stance stances standard standardisation standardisations
standardization standardizations standards standdown standdowns standings standoff
standoffishness standoffishnesses standoffs standpoint standpoints standstill standstills stanza
stanzas stapedectomies stapedectomy stardom stardoms stardust stardusts stargazing stargazings
starkness starknesses starlight starlights startings startup startups starvation starvations
starvings stasis stasises statecraft statecrafts stateliness statelinesses statement statements
statesmanship statesmanships statics staticses stationariness stationarinesses stationeries
stationery stationses statistic statistics statisticses stature statures status statuses statute
statutes staunchness staunchnesses stave staves std stds stead steadfastness steadfastnesses
steadiness steadinesses steads stealings stealth stealthiness stealthinesses stealths steaminess
steaminesses steatocystoma steatocystomas steatopygia steatopygias steatorrhea steatorrheas
steeplechase steeplechases steepness steepnesses steerings steganographies steganography stem
stemmatics stemmaticses stemmatologies stemmatology stems stench stenches stenograph
stenographies stenographs stenography stenosis stenosises step stephead stepheads
steprelationship steprelationships stereoscopies stereoscopy stereotype stereotypes sterileness
sterilenesses sterilisation sterilisations sterilities sterility sterilization sterilizations
sternness sternnesses sternutation sternutations stertor stertors stew stewardship stewardships
stewing stewings stews stickball stickballs stickiness stickinesses stickup stickups sties
stiffenings stiffness stiffnesses stiflings stigmata stigmatas stigmatisation stigmatisations
stigmatism stigmatisms stigmatization stigmatizations stillbirth stillbirths stillness
stillnesses stimulant stimulants stimulation stimulations stimulus stimuluses stinginess
stinginesses stingings stinkiness stinkinesses stipulation stipulations stirring stirrings
stitchings stm stms stochasticities stochasticity stockpiling stockpilings stocktake stocktakes
stocktaking stocktakings stodginess stodginesses stoichiometries stoichiometry stoicism
stoicisms stolidities stolidity stolidness stolidnesses stomachache stomachaches stomatitis
stomatitises stonewalling stonewallings stonings stopgap stopgaps stoplight stoplights stoppage
stoppages stopper stoppers stopses storage storages stories storm storminess storminesses storms
story storybook storybooks storyline storylines stoutheartedness stoutheartednesses stoutness
stoutnesses stovepiping stovepipings stowings strabismus strabismuses strabotomies strabotomy
straightforwardness straightforwardnesses straightness straightnesses strain strainings strains
straitjacket straitjackets straits straitses strand strands strangeness strangenesses
stranglehold strangleholds strangleses stranglings strangulation strangulations strapado
strapados strappado strappados stratagem stratagems strategics strategicses strategies strategy
stratification stratifications stratigraphies stratigraphy stravinskies stravinsky streamer
streamers streamings strength strengthenings strengths strenuosities strenuosity strenuousness
strenuousnesses stress stresses stretchabilities stretchability stretchiness stretchinesses
stretchings strewings strictness strictnesses stricture strictures stride stridence stridences
stridencies stridency strides stridor stridors stridulation stridulations strife strifes
strikebreaking strikebreakings strikeout strikeouts strikingness strikingnesses strikings
stringencies stringency stripes stripeses striping stripings stripping strippings strivings
stroke strokes strokings stroll strolls strophe strophes structuralism structuralisms struggle
struggles struma strumas strut struts stubbiness stubbinesses stubbornness stubbornnesses
studbook studbooks studentship studentships studies studiousness studiousnesses study studyings
stuffiness stuffinesses stultification stultifications stumper stumpers stumping stumpings stunt
stuntedness stuntednesses stuntings stunts stupefaction stupefactions stupidities stupidity
stupor stupors sturdiness sturdinesses sty stye styes style stylemark stylemarks styles
stylisation stylisations stylishness stylishnesses stylization stylizations stylostixis
stylostixises stymie stymies stymy stypsis stypsises suasion suasions suaveness suavenesses
suavities suavity subbing subbings subconsciouses subconsciousness subconsciousnesses
subdirectories subdirectory subdominant subdominants subduction subductions subduedness
subduednesses subhead subheading subheadings subheads subject subjection subjections
subjectiveness subjectivenesses subjectivism subjectivisms subjectivities subjectivity subjects
subjoining subjoinings subjugation subjugations subjunction subjunctions subjunctives
sublimation sublimations sublimities sublimity subluxation subluxations submediant submediants
submenu submenus submergence submergences submergings submersion submersions submission
submissions submissiveness submissivenesses subnormalities subnormality subordinateness
subordinatenesses subordination subordinations subornation subornations subpart subparts
subpopulation subpopulations subprogram subprograms subrogation subrogations subroutine
subroutines subscripts subsequence subsequences subsequentness subsequentnesses subservience
subserviences subservientness subservientnesses subsidence subsidences subsidiarities
subsidiarity subsidings substance substances substantialities substantiality substantialness
substantialnesses substantiation substantiations substantives substitutabilities
substitutability substitutings substitution substitutions substring substrings subsumption
subsumptions subterfuge subterfuges subtleties subtlety subtonic subtonics subtotal subtotals
subtraction subtractions subversion subversions subversiveness subversivenesses succedaneum
succedaneums success successes successfulness successfulnesses succession successions
successiveness successivenesses succinctness succinctnesses succor succors succour succours
succulence succulences succulencies succulency succussion succussions suckings suction suctions
sudation sudations suddenness suddennesses sudoku sudokus sufferance sufferances sufferings
sufficiencies sufficiency suffix suffixation suffixations suffixes suffocation suffocations
suffrage suffrages suffragism suffragisms suffusion suffusions sufism sufisms sugariness
sugarinesses suggestibilities suggestibility suggestion suggestions suicide suicides
suitabilities suitability suitableness suitablenesses suite sukur sukurs sulk sulkiness
sulkinesses sulks sullenness sullennesses sultriness sultrinesses sumerologies sumerology
summaries summarisation summarisations summarization summarizations summary summation summations
summersault summersaults summerset summersets summit summits summonings summons summonses sumo
sumos sumpsimus sumpsimuses sumptuosities sumptuosity sumptuousness sumptuousnesses sun sunbeam
sunbeams sunburn sunburns sunburst sunbursts sundanese sundaneses sundog sundogs sunlight
sunlights sunna sunnah sunnahs sunnas sunniness sunninesses sunray sunrays suns sunshine
sunshines sunspot sunspots sunstroke sunstrokes suntan suntans suomi suomis superabundance
superabundances superbia superbias superciliousness superciliousnesses superconductivities
superconductivity superego superegos supererogation supererogations superfecta superfectas
superfecundation superfecundations superfetation superfetations superficialities superficiality
superficies superficieses superfluities superfluity superfund superfunds superinfection
superinfections superintendence superintendences superiorities superiority superlative
superlatives supernaturalism supernaturalisms supernaturalness supernaturalnesses
superordination superordinations superpatriotism superpatriotisms superposition superpositions
superscription superscriptions superscripts supersedure supersedures supersession supersessions
superstition superstitions supersymmetries supersymmetry supertitle supertitles supertonic
supertonics supertwister supertwisters supervention superventions supervisings supervision
supervisions supination supinations supping suppings supplantings supplement supplementation
supplementations supplements suppleness supplenesses supplication supplications supplyings
supportings supposal supposals supposition suppositions suppression suppressions suppuration
suppurations suprainfection suprainfections suprarenalectomies suprarenalectomy supremacies
supremacism supremacisms supremacy sura suras surcease surceases surds sureness surenesses
sureties surety surf surfacings surfboarding surfboardings surfing surfings surfriding
surfridings surfs surgeries surgery surliness surlinesses surmisal surmisals surname surnames
surplus surplusage surplusages surpluses surprisal surprisals surprisingness surprisingnesses
surrebuttal surrebuttals surrebutter surrebutters surrejoinder surrejoinders surroundings
surroundingses surtitle surtitles surveillance surveillances surveyings survival survivals
susceptibilities susceptibility susceptibleness susceptiblenesses susian susians suspense
suspenses suspicion suspicions suspiciousness suspiciousnesses suspiration suspirations
sustainabilities sustainability sustainment sustainments sustentation sustentations susurration
susurrations susurrus susurruses sutra sutras suttee suttees suturing suturings suzerainties
suzerainty svoboda svobodas sw swabbing swabbings swahili swahilis swanks swarthiness
swarthinesses swash swashbucklings swashes swastika swastikas swat swats swbs swbses swbw swbws
swearings swearword swearwords sweatings swedishes sweepings sweepstakes sweepstakeses sweetness
sweetnesses swellings swervings swiftness swiftnesses swig swigs swilling swillings swimming
swimmings swingings switcheroo switcheroos switchings swither swithers swivet swivets swiz
swizes swoosh swooshes swop swops swordplay swordplays swordsmanship swordsmanships sws
sycophancies sycophancy syllabaries syllabary syllabication syllabications syllabicities
syllabicity syllabification syllabifications syllable syllables syllabus syllabuses syllepsis
syllepsises syllogism syllogisms symbiosis symbiosises symbol symbolatries symbolatry
symbolisation symbolisations symbolising symbolisings symbolism symbolisms symbolization
symbolizations symbolizings symbologies symbology symbololatries symbololatry symbols
symmetricalness symmetricalnesses symmetries symmetry sympathectomies sympathectomy sympathies
sympathy sympatries sympatry symphonies symphony symphysis symphysises symploce symploces
symptom symptoms synaeresis synaeresises synaesthesia synaesthesias synapsis synapsises
syncategorem syncategoreme syncategoremes syncategorems synchroneities synchroneity
synchronicities synchronicity synchronies synchronisation synchronisations synchronising
synchronisings synchronism synchronisms synchronization synchronizations synchronizings
synchrony syncopation syncopations syncope syncopes syncretism syncretisms syndactylies
syndactylism syndactylisms syndactyly syndication syndications syndrome syndromes synecdoche
synecdoches synechia synechias syneresis syneresises synergies synergism synergisms synergy
synesthesia synesthesias synezesis synezesises synizesis synizesises synonym synonymies
synonymities synonymity synonymousness synonymousnesses synonyms synonymy synopsis synopsises
synoptics synopticses synovitis synovitises syntagm syntagma syntagmas syntagms syntax syntaxes
synthesis synthesises syph syphilis syphilises syphs systematics systematicses systematisation
systematisations systematism systematisms systematization systematizations systole systoles
syzygies syzygy taal taals tab tabes tabeses tablature tablatures tabloid tabloids taboos tabs
tabulation tabulations tabus tachogram tachograms tachycardia tachycardias tachygraphies
tachygraphy taciturnities taciturnity tackiness tackinesses tact tactfulness tactfulnesses
tactic tactics tacticses tactilities tactility tactlessness tactlessnesses tacts taekwondo
taekwondos taichi taichichuan taichichuans taichis tailing tailings tailorings tailspin
tailspins tailwind tailwinds taint taints tajiki tajikis takedown takedowns takeoff takeoffs
takeover takeovers takilman takilmen tale talent talentlessness talentlessnesses talents tales
talipes talipeses talkativeness talkativenesses talkie talkies talkings talkses tallies tallness
tallnesses talls tally tameness tamenesses tampering tamperings tamponade tamponades tamponage
tamponages tan tandems tang tangencies tangency tangibilities tangibility tangibleness
tangiblenesses tanginess tanginesses tango tangos tangs tanka tankas tanning tannings tanoan
tanoans tans tantalization tantalizations tantra tantras tantrum tantrums taperings tapestries
tapestry taphephobia taphephobias tapotement tapotements tapping tappings tapses taradiddle
taradiddles tarantella tarantellas tarantelle tarantelles tarantism tarantisms tardiness
tardinesses target targets tarradiddle tarradiddles tarriance tarriances tarsitis tarsitises
tartarus tartaruses tartness tartnesses task tasks taste tastefulness tastefulnesses
tastelessness tastelessnesses tastes tastiness tastinesses tastings tatahumara tatahumaras
tattle tattles tattoo tattoos tau tauntings taupes tauromachies tauromachy taus tautness
tautnesses tautologies tautology taw tawdriness tawdrinesses tawniness tawninesses taws
taxabilities taxability taxidermies taxidermy taxises tay tayalic tayalics tays tcp tcps
teachership teacherships teachings teals teamwork teamworks tearfulness tearfulnesses tearings
tearjerker tearjerkers tearses teasings technicalities technicality technicolor technicolors
technique techniques techno technobabble technobabbles technologies technology technophilia
technophilias technophobia technophobias technos tectonics tectonicses tediousness tediousnesses
tedium tediums teemingness teemingnesses teeoff teeoffs teething teethings teetotaling
teetotalings teetotalism teetotalisms tefillin tefillins telecast telecasting telecastings
telecasts telecom telecommerce telecommerces telecommunication telecommunications telecommuting
telecommutings telecoms teleconference teleconferences teleconferencing teleconferencings
telefilm telefilms telegnosis telegnosises telegram telegrams telegraphese telegrapheses
telegraphies telegraphy telekinesis telekinesises telemark telemarketing telemarketings
telemarks telemetries telemetry teleologies teleology telepathies telepathy telephonies
telephony telephotographies telephotography teleportation teleportations teleprocessing
teleprocessings telerobotics teleroboticses telescopies telescopy teleselling telesellings
televangelism televangelisms television televisions teleworking teleworkings telint telints
tellings telophase telophases temblor temblors temerities temerity temper temperament
temperaments temperance temperances temperateness temperatenesses temperature temperatures
temperings tempers tempest tempests tempestuousness tempestuousnesses template templates templet
templets temporals temporariness temporarinesses temptation temptations temptingness
temptingnesses tenabilities tenability tenableness tenablenesses tenaciousness tenaciousnesses
tenacities tenacity tenancies tenancy tendencies tendency tendentiousness tendentiousnesses
tenderheartedness tenderheartednesses tenderisation tenderisations tenderization tenderizations
tenderness tendernesses tendings tendinitis tendinitises tendonitis tendonitises tendosynovitis
tendosynovitises tenesmus tenesmuses tenet tenets tennis tennises tenonitis tenonitises tenor
tenors tenosynovitis tenosynovitises tenpins tenpinses tense tenseness tensenesses tenses
tension tensions tensities tensity tensor tensors tentacle tentacles tenting tentings tenuities
tenuity tepidities tepidity tepidness tepidnesses tera teratogenesis teratogenesises
teratologies teratology teratoma teratomas tergiversation tergiversations term terminologies
terminology termses terpsichore terpsichores terribleness terriblenesses territorialisation
territorialisations territorialities territoriality territorialization territorializations
terror terrorisation terrorisations terrorism terrorisms terrorization terrorizations terrors
terseness tersenesses tessellation tessellations testament testaments testcross testcrosses
testimonial testimonials testimonies testimony testiness testinesses testings tetanies tetanilla
tetanillas tetanus tetanuses tetany tetartanopia tetartanopias tetchiness tetchinesses teth
tetherball tetherballs teths tetragram tetragrammaton tetragrammatons tetragrams tetralogies
tetralogy tetrameter tetrameters text textbooks texts texture textures thalassaemia
thalassaemias thalassemia thalassemias thanatologies thanatology thanatophobia thanatophobias
thanatopsis thanatopsises thanatos thanatoses thaneship thaneships thankfulness thankfulnesses
thankses thatcherism thatcherisms thaumatolatries thaumatolatry thaumaturgies thaumaturgy
thawings thb thbs thd thds theanthropism theanthropisms theatricalities theatricality
theatricals theft thefts theism theisms thelarche thelarches theme themes theodicies theodicy
theogonies theogony theologies theology theophanies theophany theorem theorems theories
theorisation theorisations theorization theorizations theory theosophies theosophism
theosophisms theosophy theoterrorism theoterrorisms therapeutics therapeuticses therapies
therapy theravada theravadas thereness therenesses thermalgesia thermalgesias thermals
thermionics thermionicses thermocauteries thermocautery thermochemistries thermochemistry
thermocoagulation thermocoagulations thermodynamics thermodynamicses thermoelectricities
thermoelectricity thermogram thermograms thermographies thermography thermogravimetries
thermogravimetry thermometries thermometry thermostatics thermostaticses thermotherapies
thermotherapy thermotropism thermotropisms thesaurus thesauruses thesis thesises theta thetas
thickness thicknesses thieveries thievery thievings thievishness thievishnesses thimblerig
thimblerigs thing thinkings thinness thinnesses thinning thinnings thirst thirstiness
thirstinesses thirsts thirteenths thirtieths thm thms tho thomism thomisms thoracentesis
thoracentesises thoracocentesis thoracocentesises thoracotomies thoracotomy thorn thorniness
thorninesses thorns thoroughness thoroughnesses thos thoughtfulness thoughtfulnesses
thoughtlessness thoughtlessnesses thoughts thousandths thraldom thraldoms thrall thralldom
thralldoms thralls thrashings threat threats threnodies threnody threshing threshings
thriftiness thriftinesses thriftlessness thriftlessnesses thrill thriller thrillers thrills
throbbing throbbings throe throes throeses thrombasthenia thrombasthenias thrombectomies
thrombectomy thrombocytopenia thrombocytopenias thrombocytosis thrombocytosises thromboembolism
thromboembolisms thrombolysis thrombolysises thrombopenia thrombopenias thrombophlebitis
thrombophlebitises thrombosis thrombosises thrombus thrombuses throttlehold throttleholds
throttlings thrum thrums thrush thrushes thrustings thuggee thuggees thuggeries thuggery
thumbprint thumbprints thumpings thunder thunderbolt thunderbolts thunderclap thunderclaps
thunders thundershower thundershowers thunderstorm thunderstorms thunk thunks thwack thwacks
thwartings thyroidectomies thyroidectomy thyroiditis thyroiditises thyromegalies thyromegaly
thyrotoxicosis thyrotoxicosises tia tias tibetan tibetans tic tick ticket tickets tickings
tickle tickler ticklers tickles ticklings ticks ticktack ticktacks ticktacktoe ticktacktoes
ticktacktoo ticktacktoos ticktock ticktocks tics tictac tictacs tiddlywinks tiddlywinkses tide
tides tidiness tidinesses tidings tidingses tier tiers tiff tiffs tightenings tightfistedness
tightfistednesses tightness tightnesses tilde tildes tiling tilings tilling tillings tilth
tilths timbre timbres time timecard timecards timelessness timelessnesses timeline timelines
timeliness timelinesses timetable timetables timework timeworks timidities timidity timidness
timidnesses timings timorousness timorousnesses tinderbox tinderboxes tinea tineas ting
tinglings tings tininess tininesses tinning tinnings tinnitus tinnituses tint tintings
tintinnabulation tintinnabulations tints tipsiness tipsinesses tipstaff tipstaffs tiptops tirade
tirades tiredness tirednesses tirelessness tirelessnesses tiresomeness tiresomenesses titer
titers titillation titillations titivation titivations title titles titration titrations titre
titres tittivation tittivations tizzies tizzy tko tkos tlc tlcs toastings tobogganing
tobogganings toccata toccatas tocharian tocharians tocktact tocktacts tocologies tocology tocsin
tocsins toehold toeholds togetherness togethernesses toggle toggles toilette toilettes
toilsomeness toilsomenesses toke token tokens tokes tolerance tolerances toleration tolerations
tombola tombolas tomboyishness tomboyishnesses tome tomes tomfooleries tomfoolery tommyrot
tommyrots tomographies tomography tonalities tonality tone tones tonga tongas tonicities
tonicity tonometries tonometry tonsillectomies tonsillectomy tonsillitis tonsillitises tonus
tonuses toon toons toot toothache toothaches toothsomeness toothsomenesses tootle tootles toots
topic topicalities topicality topicalization topicalizations topics topognosia topognosias
topognosis topognosises topographies topography topolatries topolatry topologies topology
toponomies toponomy toponym toponymies toponyms toponymy topos toposes topspin topspins torah
torahs torchlight torchlights torment torments tornado tornados torpidities torpidity torpidness
torpidnesses torpor torpors torque torques torrent torrents torridities torridity tort
torticollis torticollises torts torturings tosh toshes tosk tosks tossup tossups totalism
totalisms totalities totality totemism totemisms totipotence totipotences totipotencies
totipotency touchback touchbacks touchdown touchdowns touchiness touchinesses touchings
touchstone touchstones toughness toughnesses tour tourism tourisms touristries touristry
tournament tournaments tourney tourneys tours tow towage towages tows toxaemia toxaemias toxemia
toxemias toxicologies toxicology toxoplasmosis toxoplasmosises toying toyings tpn tpns
tracheitis tracheitises tracheobronchitis tracheobronchitises tracheostomies tracheostomy
tracheotomies tracheotomy trachoma trachomas tracings trackings tractabilities tractability
tractableness tractablenesses tractarianism tractarianisms traction tractions trad trade
tradecraft tradecrafts trademark trademarks tradeoff tradeoffs trades tradings tradition
traditionalism traditionalisms traditionalities traditionality traditions trads traducement
traducements trafficator trafficators tragedies tragedy tragicomedies tragicomedy trailings
training trainings trait traitorousness traitorousnesses traits trajectories trajectory
tramontana tramontanas tramontanes tramplings trance trances tranquilities tranquility
tranquillities tranquillity transaction transactions transactionses transamination
transaminations transcendence transcendences transcendencies transcendency transcendentalism
transcendentalisms transcript transcription transcriptions transcripts transduction
transductions transferabilities transferability transference transferences transferral
transferrals transformation transformations transfusion transfusions transgression
transgressions transience transiences transiencies transiency transition transitions
transitiveness transitivenesses transitives transitivities transitivity transitoriness
transitorinesses translation translations transliteration transliterations translocation
translocations translucence translucences translucencies translucency transmigration
transmigrations transmission transmissions transmittal transmittals transmitting transmittings
transmogrification transmogrifications transmutabilities transmutability transmutation
transmutations transparence transparences transparencies transparency transparentness
transparentnesses transpiration transpirations transplantation transplantations transplantings
transposabilities transposability transposition transpositions transsexualism transsexualisms
transshipment transshipments transubstantiation transubstantiations transvestism transvestisms
transvestitism transvestitisms trapshooting trapshootings trashiness trashinesses trauma traumas
traumatologies traumatology traumatophobia traumatophobias travail travails travelings
travelling travellings travelog travelogs travelogue travelogues traversal traversals travesties
travesty treacheries treachery treason treasons treasurership treasurerships treaties treatise
treatises treatment treatments treaty trebles trek treks trembleses tremblings tremolo tremolos
tremor tremors trenchancies trenchancy trephination trephinations trepidation trepidations
triage triages trial trials triangularities triangularity triangulation triangulations tribadism
tribadisms tribalisation tribalisations tribalism tribalisms tribalization tribalizations
tribologies tribology tribulation tribulations tribuneship tribuneships tribute tributes
trichiniasis trichiniasises trichinosis trichinosises trichomoniasis trichomoniasises
trichotillomania trichotillomanias trichroism trichroisms trichromacies trichromacy trichuriasis
trichuriasises trick trickeries trickery trickiness trickinesses tricks triflings trifurcation
trifurcations trigonometries trigonometry trigram trigrams trigs trill trills trimming trimness
trimnesses trinitarianism trinitarianisms trip triplings tripos triposes trips triskaidekaphobia
triskaidekaphobias trismus trismuses trisomies trisomy trisyllable trisyllables tritanopia
tritanopias triteness tritenesses tritheism tritheisms triumph triumphs trivialities triviality
trivium triviums trochee trochees trolling trollings trombiculiasis trombiculiasises trope
tropes trophies trophobiosis trophobiosises trophotropism trophotropisms trophy tropism tropisms
troponym troponymies troponyms troponymy troth troths trotskyism trotskyisms trouble troubles
troublesomeness troublesomenesses trouncing trouncings truancies truancy truce truces trucking
truckings truckling trucklings truculence truculences truculencies truculency trueness
truenesses trues truism truisms trumperies trumpery trumping trumpings truncation truncations
trustfulness trustfulnesses trustiness trustinesses trustingness trustingnesses trustworthiness
trustworthinesses truth truthfulness truthfulnesses truths tryout tryouts tshiluba tshilubas
tsoris tsorises tsouic tsouics tss tsses tsunami tsunamis tsuris tsurises tubbiness tubbinesses
tubercle tubercles tuberculosis tuberculosises tucket tuckets tularaemia tularaemias tularemia
tularemias tumblings tumefaction tumefactions tumescence tumescences tumidities tumidity
tumidness tumidnesses tumor tumors tumour tumours tumult tumults tumultuousness tumultuousnesses
tune tunefulness tunefulnesses tunes tunguz tunguzes tuning tunings turbidities turbidity
turbidness turbidnesses turbulence turbulences turbulencies turbulency turfan turfans
turgidities turgidity turgidness turgidnesses turgor turgors turkics turkishes turmoil turmoils
turnabout turnabouts turndown turndowns turnings turnoff turnoffs turnover turnovers turnround
turnrounds turp turpitude turpitudes tusheries tushery tussle tussles tutelage tutelages
tutorial tutorials tutorship tutorships tv tvs twaddle twaddles twang twangs tweak tweaks
tweediness tweedinesses tweet tweets twelfths twentieths twinge twinges twister twisters
twistings twitchings twitter twitters twofer twofers tying tyings tympanites tympaniteses
tympanitis tympanitises tympanoplasties tympanoplasty type typeface typefaces types typescript
typescripts typewriting typewritings typhoid typhoids typhoon typhoons typhus typhuses
typicalities typicality typification typifications typings typo typographies typography
typologies typology typos tyrannicide tyrannicides tyrosinemia tyrosinemias ubieties ubiety
ubiquities ubiquitousness ubiquitousnesses ubiquity ubykh ubykhs ufo ufos ugaritic ugaritics
ugliness uglinesses ugrian ugrians ugric ugrics uhf uhfs ukase ukases ukrainian ukrainians
ulalgia ulalgias ulatrophia ulatrophias ulcer ulceration ulcerations ulcers ulemorrhagia
ulemorrhagias ulitis ulitises ulteriorities ulteriority ultima ultimacies ultimacy ultimas
ultimateness ultimatenesses ultimates ultimatum ultimatums ultracentrifugation
ultracentrifugations ultramontanism ultramontanisms ultranationalism ultranationalisms
ultrasonographies ultrasonography ultrasound ultrasounds ultraviolet ultraviolets ululation
ululations umbra umbrage umbrages umbras umbrian umbrians umbundu umbundus umlaut umlauts
umpirage umpirages unabridgeds unacceptabilities unacceptability unacceptableness
unacceptablenesses unadaptabilities unadaptability unaffectedness unaffectednesses
unalterabilities unalterability unambiguities unambiguity unanimities unanimity unappetisingness
unappetisingnesses unappetizingness unappetizingnesses unapproachabilities unapproachability
unassertiveness unassertivenesses unassumingness unassumingnesses unattainableness
unattainablenesses unattractiveness unattractivenesses unavailabilities unavailability
unavoidabilities unavoidability unawareness unawarenesses unbalance unbalances unbecomingness
unbecomingnesses unbelief unbeliefs unboundedness unboundednesses unbreakableness
unbreakablenesses unceremoniousness unceremoniousnesses uncertainness uncertainnesses
uncertainties uncertainty unchangeabilities unchangeability unchangeableness unchangeablenesses
unchangingness unchangingnesses uncheerfulness uncheerfulnesses uncials uncleanliness
uncleanlinesses uncleanness uncleannesses unclearness unclearnesses uncloudedness
uncloudednesses uncomfortableness uncomfortablenesses uncommonness uncommonnesses
uncommunicativeness uncommunicativenesses unconcern unconcerns uncongenialities uncongeniality
unconnectedness unconnectednesses unconscientiousness unconscientiousnesses unconsciouses
unconsciousness unconsciousnesses unconstraint unconstraints unconventionalities
unconventionality uncouthness uncouthnesses uncoverings uncreativeness uncreativenesses unction
unctions unctuousness unctuousnesses undependabilities undependability undependableness
undependablenesses underachievement underachievements undercurrent undercurrents
underdevelopment underdevelopments underestimation underestimations underevaluation
underevaluations underexposure underexposures undernourishment undernourishments underproduction
underproductions underratings underreckoning underreckonings understandabilities
understandability understandings understatement understatements undertakings undertide
undertides undertone undertones undertow undertows undervaluation undervaluations
undesirabilities undesirability undiscipline undisciplines undoings undutifulness
undutifulnesses unease uneases uneasiness uneasinesses unemotionalities unemotionality
unemployment unemployments unenlightenment unenlightenments unequivocalness unequivocalnesses
unevenness unevennesses unexchangeabilities unexchangeability unexpectedness unexpectednesses
unfairness unfairnesses unfaithfulness unfaithfulnesses unfamiliarities unfamiliarity
unfastenings unfavorableness unfavorablenesses unfavourableness unfavourablenesses
unfeasibilities unfeasibility unfeelingness unfeelingnesses unfitness unfitnesses unfoldings
unfriendliness unfriendlinesses ungainliness ungainlinesses ungodliness ungodlinesses
ungracefulness ungracefulnesses ungraciousness ungraciousnesses ungratefulness ungratefulnesses
unhappiness unhappinesses unhealthfulness unhealthfulnesses unhealthiness unhealthinesses
unhelpfulness unhelpfulnesses unholiness unholinesses unhurriedness unhurriednesses unification
unifications uniformities uniformity uniformness uniformnesses unilateralism unilateralisms
unimportance unimportances uninsurabilities uninsurability unintelligibilities unintelligibility
uninterestingness uninterestingnesses unionisation unionisations unionization unionizations
uniqueness uniquenesses unison unisons unitarianism unitarianisms unities unitings unitisation
unitisations unitization unitizations unity universalism universalisms universalities
universality universals unix unixes unjustness unjustnesses unkemptness unkemptnesses unkindness
unkindnesses unknowingness unknowingnesses unknowings unlawfulness unlawfulnesses unlikelihood
unlikelihoods unlikeliness unlikelinesses unlikeness unlikenesses unloadings unmalleabilities
unmalleability unmanageableness unmanageablenesses unmanliness unmanlinesses unmaskings
unmercifulness unmercifulnesses unmindfulness unmindfulnesses unnaturalness unnaturalnesses
unneighborliness unneighborlinesses unnoticeableness unnoticeablenesses unobtrusiveness
unobtrusivenesses unoriginalities unoriginality unorthodoxies unorthodoxy unpalatabilities
unpalatability unpalatableness unpalatablenesses unperceptiveness unperceptivenesses
unpermissiveness unpermissivenesses unpersuasiveness unpersuasivenesses unpleasantness
unpleasantnesses unpleasingness unpleasingnesses unpointedness unpointednesses unpopularities
unpopularity unpredictabilities unpredictability unpretentiousness unpretentiousnesses
unproductiveness unproductivenesses unprofitabilities unprofitability unprofitableness
unprofitablenesses unpropitiousness unpropitiousnesses unprotectedness unprotectednesses
unquestionabilities unquestionability unquestionableness unquestionablenesses unrealism
unrealisms unrealities unreality unreason unreasons unregularities unregularity unrelatedness
unrelatednesses unreliabilities unreliability unreliableness unreliablenesses unrespectabilities
unrespectability unresponsiveness unresponsivenesses unrest unrestraint unrestraints unrests
unrighteousness unrighteousnesses unruliness unrulinesses unsanctification unsanctifications
unsanitariness unsanitarinesses unsatisfactoriness unsatisfactorinesses unsavoriness
unsavorinesses unscrupulousness unscrupulousnesses unseasonableness unseasonablenesses
unseemliness unseemlinesses unseens unselfconsciousness unselfconsciousnesses unselfishness
unselfishnesses unsightliness unsightlinesses unsimilarities unsimilarity unskillfulness
unskillfulnesses unsnarling unsnarlings unsociabilities unsociability unsociableness
unsociablenesses unsolvabilities unsolvability unsoundness unsoundnesses unstableness
unstablenesses unsteadiness unsteadinesses unsuitabilities unsuitability unsuitableness
unsuitablenesses unsusceptibilities unsusceptibility untangling untanglings unthoughtfulness
unthoughtfulnesses untidiness untidinesses untimeliness untimelinesses untrustiness
untrustinesses untrustworthiness untrustworthinesses untruth untruthfulness untruthfulnesses
untruths untying untyings untypicalities untypicality unusefulness unusefulnesses unusualness
unusualnesses unvariedness unvariednesses unveilings unwariness unwarinesses unwellness
unwellnesses unwholesomeness unwholesomenesses unwieldiness unwieldinesses unwillingness
unwillingnesses unwiseness unwisenesses unworthiness unworthinesses unyieldingness
unyieldingnesses upbeats upbraiding upbraidings upbringing upbringings updatings updraft
updrafts upending upendings upheaval upheavals upkeep upkeeps uplifting upliftings uplink
uplinks uppercases uppercut uppercuts uppishness uppishnesses uppityness uppitynesses uppp uppps
uprightness uprightnesses uprising uprisings uproar uproars upshot upshots upsilon upsilons
upstroke upstrokes upsurge upsurges uptake uptakes upthrow upthrows upthrust upthrusts uptick
upticks upturn upturns uraemia uraemias uralic uralics uranalysis uranalysises uranologies
uranology uranoplasties uranoplasty urarthritis urarthritises uratemia uratemias uraturia
uraturias urbanisation urbanisations urbanities urbanity urbanization urbanizations urdu urdus
uremia uremias ureteritis ureteritises ureterocele ureteroceles ureterostenosis
ureterostenosises urethritis urethritises urethrocele urethroceles urgencies urgency urgings
uricaciduria uricacidurias urinalysis urinalysises urination urinations url urls urocele
uroceles urochesia urochesias urochezia urochezias urodynia urodynias urologies urology
uropathies uropathy urticaria urticarias urtication urtications usabilities usability usableness
usablenesses usage usages useableness useablenesses usefulness usefulnesses uselessness
uselessnesses usings usualness usualnesses usufruct usufructs usurpation usurpations utilisation
utilisations utilitarianism utilitarianisms utilization utilizations utmosts utopia utopianism
utopianisms utopias utterance utterances uttermosts utterness utternesses uv uveitis uveitises
uvs uvulitis uvulitises uvulopalatopharyngoplasties uvulopalatopharyngoplasty uxoriousness
uxoriousnesses vacancies vacancy vacationings vaccina vaccinas vaccinating vaccinatings
vaccination vaccinations vaccinia vaccinias vacillation vacillations vacuities vacuity
vacuolation vacuolations vacuolisation vacuolisations vacuolization vacuolizations vacuousness
vacuousnesses vacuum vacuums vagabondage vagabondages vagaries vagary vaginismus vaginismuses
vaginitis vaginitises vaginocele vaginoceles vagrancies vagrancy vagueness vaguenesses
vainglories vainglory valediction valedictions valedictories valence valences valencies valency
valetudinarianism valetudinarianisms valgus valguses valhalla valhallas valiance valiances
valiancies valiancy validation validations validities validity validness validnesses valor
valorousness valorousnesses valors valour valours valse valses valuableness valuablenesses
valuation valuations value valuelessness valuelessnesses values valueses valvotomies valvotomy
valvulitis valvulitises valvulotomies valvulotomy vampirism vampirisms vandalism vandalisms
vanishings vanities vanity vapidities vapidity vapidness vapidnesses vaporing vaporings
vaporisation vaporisations vaporization vaporizations vaporousness vaporousnesses vapors
vaporses vapourousness vapourousnesses vapours vapourses variabilities variability variableness
variablenesses variance variances variant variants variate variates variation variations
varicella varicellas varicocele varicoceles varicosis varicosises varicosities varicosity
variedness variednesses variegation variegations variola variolas variolation variolations
variolization variolizations variorum variorums varix varixes varus varuses vascularisation
vascularisations vascularities vascularity vascularization vascularizations vasculitis
vasculitises vasectomies vasectomy vasoconstriction vasoconstrictions vasodilation vasodilations
vasosection vasosections vasotomies vasotomy vasovasostomies vasovasostomy vasovesiculitis
vasovesiculitises vassalage vassalages vastness vastnesses vaticination vaticinations vaudeville
vaudevilles vaunt vaunts vd vds vector vectors veda vedanta vedantas vedas vedism vedisms
veerings vehemence vehemences velars velleities velleity vellication vellications venalities
venality vendetta vendettas vending vendings vendition venditions vendue vendues venerabilities
venerability venerableness venerablenesses veneration venerations venesection venesections
vengeance vengeances vengefulness vengefulnesses venipuncture venipunctures venographies
venography ventilation ventilations ventings ventriloquism ventriloquisms ventriloquy
ventriloquys venturesomeness venturesomenesses veracities veracity verb verbalisation
verbalisations verbalism verbalisms verbalization verbalizations verbiage verbiages verbolatries
verbolatry verboseness verbosenesses verbosities verbosity verbs verdancies verdancy verdict
verdicts verification verifications verisimilitude verisimilitudes verities verity vermiculation
vermiculations vermilions vernaculars verruca verrucas versatilities versatility verse verses
versicle versicles versification versifications version versions verso versos vertex vertexes
verticalities verticality verticalness verticalnesses verticals verticilliosis verticilliosises
vertigo vertigos vertu vertus verve verves vesication vesications vesicopapule vesicopapules
vesiculation vesiculations vesiculitis vesiculitises vesper vestige vestiges veto vetos vexation
vexations vhf vhfs viabilities viability viatication viatications viaticus viaticuses vibe
vibrancies vibrancy vibration vibrations vibrato vibratos vice viceroyship viceroyships vices
viciousness viciousnesses vicissitude vicissitudes victimisation victimisations victimization
victimizations victories victory video videos view viewings viewpoint viewpoints views vigil
vigilance vigilances vigilantism vigilantisms vigils vignette vignettes vigor vigors vigour
vigours vileness vilenesses vilification vilifications villainage villainages villainies
villainousness villainousnesses villainy villeinage villeinages villoma villomas vim vims
vindication vindications vindictiveness vindictivenesses vinegariness vinegarinesses
vinegarishness vinegarishnesses viniculture vinicultures vinification vinifications violation
violations violence violences viraemia viraemias viremia viremias virga virgas virginities
virginity virgule virgules viridities viridity virilisation virilisations virilism virilisms
virilities virility virilization virilizations virologies virology virtu virtue virtues
virtuosities virtuosity virtuousness virtuousnesses virtus virulence virulences virulencies
virulency visa visas viscidities viscidity viscidness viscidnesses viscometries viscometry
viscosimetries viscosimetry viscosities viscosity viscountcies viscountcy viscounties viscounty
viscousness viscousnesses vishnuism vishnuisms visibilities visibility visibleness visiblenesses
vision visions visitation visitations visitings vista vistas visualisation visualisations
visualization visualizations vitalisation vitalisations vitalism vitalisms vitalities vitality
vitalization vitalizations vitalness vitalnesses vitiation vitiations viticulture viticultures
vitiligo vitiligos vitrectomies vitrectomy vituperation vituperations viva vivacities vivacity
vivas vividness vividnesses vivification vivifications vivisection vivisections viziership
vizierships vlf vlfs vocable vocables vocabularies vocabulary vocalisation vocalisations
vocalism vocalisms vocalization vocalizations vocalizings vocals vocation vocations vocatives
vociferation vociferations vodoun vodouns vogue vogues voice voicelessness voicelessnesses
voicemail voicemails voiceprint voiceprints voices voicings voidance voidances voiding voidings
voids volapuk volapuks volatilities volatility volcanism volcanisms volcanologies volcanology
volgaic volgaics volition volitions volley volleyball volleyballs volleys voltage voltages
voltaics volubilities volubility voluminosities voluminosity voluminousness voluminousnesses
voluptuousness voluptuousnesses volution volutions volvulus volvuluses vomiting vomitings
voodooism voodooisms voraciousness voraciousnesses voracities voracity votings vowel vowels vox
voxes voyage voyages voyeurism voyeurisms vroom vrooms vulcanisation vulcanisations
vulcanization vulcanizations vulcanologies vulcanology vulgarisation vulgarisations vulgarism
vulgarisms vulgarities vulgarity vulgarization vulgarizations vulnerabilities vulnerability
vulvectomies vulvectomy vulvitis vulvitises vulvovaginitis vulvovaginitises waddle waddles
wadings wafture waftures wager wagers wageses waggeries waggery waggishness waggishnesses wagner
wagners wahabism wahabisms wahhabism wahhabisms wailings waitings waiver waivers wakefulness
wakefulnesses wakening wakenings wakings walbiri walbiris wale wales walhalla walhallas
walkabout walkabouts walkaway walkaways walkings walkout walkouts walkover walkovers walleye
walleyes wallopings waltz waltzes wandala wandalas wanderings wanderlust wanderlusts wanglings
wanings wank wanks wanness wannesses wantonness wantonnesses war wardenship wardenships
wardership warderships warehousing warehousings warfare warfares wariness warinesses warji
warjis warlpiri warlpiris warmheartedness warmheartednesses warmings warmness warmnesses
warmongering warmongerings warmth warmths warnings warpath warpaths warpings warranties warranty
wars washings washup washups wassermann wassermanns wastage wastages wastefulness wastefulnesses
wastings watchfulness watchfulnesses watchings watchword watchwords watercraft watercrafts
wateriness waterinesses waterings waterlessness waterlessnesses waterloo waterloos waterpower
waterpowers waterproofing waterproofings waterspout waterspouts wattage wattages wave waveband
wavebands waveform waveforms wavelength wavelengths wavelet wavelets waverings waves waviness
wavinesses wavings waw waws waxiness waxinesses waxings way waybill waybills wayfarings wbn wbns
wbs wbses weakenings weakness weaknesses weal weals wealth wealthiness wealthinesses wealths
weaning weanings weariness wearinesses wearings weather weatherliness weatherlinesses weathers
weavings webpage webpages website websites wedding weddings wedlock wedlocks weeklies weekly
weeness weenesses weepiness weepinesses weepings weighings weight weightiness weightinesses
weightlessness weightlessnesses weightlift weightlifting weightliftings weightlifts weights
weirdness weirdnesses weldings welfare welfares wellbeing wellbeings wellerism wellerisms
wellness wellnesses welt weltanschauung weltanschauungs welter welters welts weltschmerz
weltschmerzes wen wens wesleyanism wesleyanisms wesleyism wesleyisms wester westerlies
westernisation westernisations westernization westernizations westerns westers wests wetness
wetnesses wetting wettings whackings whammies whammy whang whangs wheal wheals wheedlings
wheelbase wheelbases wheelings wheeziness wheezinesses wherefore wherefores whicker whickers
whies whiff whiffs whim whims whimsey whimseys whimsicalities whimsicality whimsies whimsy
whiplash whiplashes whipping whippings whir whirlings whirlpool whirlpools whirlwind whirlwinds
whirr whirring whirrings whirrs whirs whisperings whist whistlings whists whitecap whitecaps
whitelash whitelashes whiteness whitenesses whitenings whiteout whiteouts whitewash whitewashes
whitlow whitlows whodunit whodunits wholeheartedness wholeheartednesses wholeness wholenesses
wholes wholesales wholesomeness wholesomenesses whoopee whoopees whoosh whooshes whopper
whoppers whoredom whoredoms wickedness wickednesses wideness widenesses widenings width widths
wigging wiggings wiggliness wigglinesses wilderness wildernesses wildfire wildfires wildness
wildnesses wilds wile wiles wilfulness wilfulnesses wiliness wilinesses willfulness
willfulnesses willies willieses willingness willingnesses willings willpower willpowers wills
wiltings wind windage windages windburn windburns windiness windinesses windings windlessness
windlessnesses windows windowses winds windsock windsocks windstorm windstorms windups windwards
winemaking winemakings wingses wingspan wingspans wingspread wingspreads winkings winnowings
winsomeness winsomenesses wipeout wipeouts wirelesses wiretap wiretaps wiriness wirinesses
wisdom wisdoms wiseness wisenesses wises wishfulness wishfulnesses wishings wistfulness
wistfulnesses wit witchcraft witchcrafts witcheries witchery witchings withdrawal withdrawals
withdrawnness withdrawnnesses witherings withholdings wits witses witticism witticisms wittiness
wittinesses wizardries wizardry wnw wnws woe woefulness woefulnesses woes wolof wolofs womanhood
womanhoods womanishness womanishnesses womanlikes womanliness womanlinesses wonderfulness
wonderfulnesses wonderment wonderments wont wonts woodcraft woodcrafts woodenness woodennesses
woodgrain woodgraining woodgrainings woodgrains woodiness woodinesses woodsiness woodsinesses
woodworking woodworkings wooings woolgatherings word wordbook wordbooks wordfinder wordfinders
wordiness wordinesses wordings wordnet wordnets wordplay wordplays words wordses workaholism
workaholisms workbook workbooks workflow workflows workload workloads workmanship workmanships
workout workouts worksheet worksheets worldliness worldlinesses worriment worriments worryings
worsenings worses worship worships worsts worthiness worthinesses worthlessness worthlessnesses
worthwhileness worthwhilenesses woundings wounds wow wows wraith wraiths wranglings wrath wraths
wreckings wrestlings wretchedness wretchednesses wrick wricks writ writings writs wrongdoing
wrongdoings wrongfulness wrongfulnesses wrongness wrongnesses wrongs wryneck wrynecks wsw wsws
wu wus wye wyes xanthelasma xanthelasmas xanthemia xanthemias xanthoma xanthomas xanthomatosis
xanthomatosises xanthopsia xanthopsias xanthosis xanthosises xenogenesis xenogenesises
xenophobia xenophobias xenotransplant xenotransplantation xenotransplantations xenotransplants
xeroderma xerodermas xerodermia xerodermias xerographies xerography xeroma xeromas xerophthalmia
xerophthalmias xerophthalmus xerophthalmuses xeroradiographies xeroradiography xerostomia
xerostomias xerotes xeroteses xt xts yachting yachtings yack yacks yak yaks yamaltu yamaltus
yanan yanans yang yangs yardage yardages yardstick yardsticks yarn yarns yatobyo yatobyos yaw
yawnings yaws yawses yay yays yearbook yearbooks yearlies yearning yearnings yeas yellings
yellowness yellownesses yellows yelpings yen yenisei yeniseis yens yes yeses yi yiddish
yiddishes yieldings yin yins yip yips yipses yis yodel yodeling yodelings yodels yodh yodhs yoga
yogacara yogacaras yogas yokuts yokutses youngness youngnesses youthfulness youthfulnesses yowl
yowls yue yues yumen z zaar zaars zakat zakats zap zaps zayin zayins zeal zealotries zealotry
zeals zed zeds zee zees zeitgeist zeitgeists zend zends zephyr zephyrs zes zest zestfulness
zestfulnesses zests zeta zetas zeugma zeugmas zhuang zhuangs zing zinger zingers zings zion
zionism zionisms zions zit zits zizz zizzes zoanthropies zoanthropy zoning zonings zooerastia
zooerastias zooerasties zooerasty zoolatries zoolatry zoomorphism zoomorphisms zoonosis
zoonosises zoophilia zoophilias zoophilism zoophilisms zoophobia zoophobias zoopsia zoopsias
zoroastrianism zoroastrianisms zoster zosters zydeco zydecos zygotene zygotenes zymologies
zymology zymolysis zymolysises zymosis zymosises zymurgies zymurgy zyrian zyrians
"""
