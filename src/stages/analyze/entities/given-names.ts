/**
 * Common given names (English-speaking, Arabic in its usual romanisations, Hebrew,
 * Persian, Turkish, European): a capitalised sequence that starts with one is typed
 * PERSON when nothing else types it. Public, general data; lower case. Names that are
 * mostly common words or places ("Hope", "Grace", "Dallas", "Jordan") are left out.
 */
const NAMES = `
aaron adam adrian alan albert alex alexander alexandra alice alicia allen alison amanda amy andrea andrew angela anna
anne anthony antonio arthur ashley barbara barry ben benjamin bernard beth betty bill billy bob bobby bonnie brad
bradley brandon brenda brian bruce bryan carl carlos carol caroline carolyn catherine charles charlie charlotte cheryl
chris christian christina christine christopher cindy claire colin craig cynthia dale dan daniel danielle danny david
dean deborah debra dennis derek diana diane donald donna doris dorothy douglas dylan ed eddie edward elaine elizabeth
ellen emily emma eric erik ethan eugene evelyn frank fred frederick gary george gerald gloria gordon greg gregory
hannah harold harry heather helen henry howard ian jack jacob jake james jamie jane janet janice jason jean jeff
jeffrey jennifer jenny jeremy jerry jesse jessica jill jim jimmy joan joe joel john johnny jon jonathan jose joseph
josh joshua joyce juan judith judy julia julie justin karen katherine kathleen kathy katie keith kelly ken kenneth
kevin kim kimberly kyle larry laura lauren lawrence leonard leslie linda lindsay lisa lori louis louise lucy luis
margaret maria marie marilyn mark martha martin mary matt matthew megan melissa michael michelle mike nancy nathan
nicholas nick nicole norman olivia pamela patricia patrick paul paula peter philip phillip rachel ralph randy raymond
rebecca richard rick rita rob robert robin roger ronald roy russell ruth ryan sam samantha samuel sandra sara sarah
scott sean sharon shirley stephanie stephen steve steven susan teresa terry thomas tim timothy todd tom tony tracy
tyler victoria vincent virginia walter wayne wendy william willie zachary barack hillary kamala mitt rudy tara britney
reggie kobe lebron serena tiger ahmad ahmed ali amir amr anwar ashraf ayman bashar bassem fadi fahd faisal farouk
fathi fawzi fouad hamad hamed hamid hani hassan hasan hazem hisham hossam hussein husam ibrahim ismail ismael issa
jamal jamil kamal kamel karim khaled khalid khalil mahmoud mahmud majed majid marwan mohamed mohammad mohammed
muhammad mustafa mostafa nabil nasser omar osama usama qais rami rashid saad saeed said salah saleh salem sami samir
sayed sharif tarek tariq taher tahir walid yahya yasser yasir youssef yousef yusuf ziad ziyad zaid zakaria abdel abdul
abdullah abdallah abdulaziz abbas adel adil akram ammar anas ayoub bilal emad imad essam fayez ghassan haitham haytham
hatem hosni ihab jihad kareem louay maher mazen moussa musa munir nabih nizar qasim qassem rafiq raed riad riyad sabri
sameh shadi sherif suleiman sulaiman tamer tawfiq wael waleed wasim yehia zuhair fatima fatma aisha mariam maryam
layla leila nour noor hanan huda rania rana samira yasmin yasmine zeinab amal hala dina lina reem salma avi avigdor
aviv benny binyamin dov eli eliezer ehud gideon itamar isaac itzhak yitzhak moshe naftali shimon shlomo yair yoav
yossi ariel amos uri ron gadi tzipi golda ayelet miri orit hossein hosein ali-akbar javad masoud massoud mohsen
mojtaba reza ebrahim mehdi recep mevlut ahmet mehmet hakan kemal emine vladimir sergei sergey dmitry dmitri alexei
volodymyr petro viktor yuri olaf emmanuel rishi keir boris xi li narendra shinzo fumio jacinda giorgia pedro luiz lula
jair abigail ada adele agnes aidan alba alberto alec alejandro alfred alfredo allison alma alvin amber amelia ana
andre andreas andres andy angelina angelo angie anita ann annie antoine archie arnold arturo audrey barney beatrice
becky belinda bella bernie bert bertha betsy bette bettie beverly billie blake bobbie boyd brady brent brett bridget
brittany brooke bruno bryce buddy byron caleb calvin cameron camille candace cara carla carlton carmen carrie casey
cassandra cecil cecilia cedric celia chad charlene chester chloe chuck claude claudia clay clayton cliff clifford
clint clinton clyde cody cole colleen connie conrad constance cora corey cornelius courtney curtis cyrus daisy damian
damon dana dane daniela dante darlene darnell darren darryl daryl dave davis debbie delbert della delores denise
derrick desmond devin dewey dexter dick dirk dolores dominic don donnie dora doug dwayne dwight earl eddy edgar edith
edmund edna eduardo edwin eileen elena elias elijah eliza ella ellis elmer eloise elsa elvis emanuel emil emilio
emmett enrique erica erin ernest ernie esther ethel eugenia eva evan everett felicia felix fernando flora florence
floyd forrest frances francis francisco frankie franklin freddie frederic gabriel gabriella gail garrett gavin gene
geneva genevieve gerard gilbert gina glen glenn gregg greta gus gwen hal hank harriet harrison harvey hazel hector
heidi herbert herman hilda holly homer horace hubert hugh hugo ida ira irene irma isabel isabella isaiah ivan jackie
jackson jaime jan jared jasmine javier jay jeanne jeannette jenna jeremiah jerome jesus jo joanna joanne jodi joey
johanna jonas josephine juanita jude jules julian juliet karl kate katharine kathryn kay kayla kelvin kendall kent
kerry kirk kristen kristin kurt lamar lance lara larissa laurence lee leah lena leon leona leroy lester lila lillian
lionel lloyd logan lois lonnie lorenzo lorraine lou lucas lucia lucille luke luther lydia lyle lynn mabel mack
madeline mae maggie malcolm mamie mandy manuel marc marcia marco marcus margie mario marion marjorie marlene marlon
marsha marshall marty marvin mason mathew maude maureen maurice max maxine melanie melinda melvin meredith mia micah
miguel mildred miles millie milton minnie miranda miriam mitchell molly monica monique morgan morris moses muriel myra
myrtle naomi natalie natasha nathaniel neil nelson nettie nina noah noel nora norma oliver ollie opal oscar otis owen
pablo pam patsy patty pearl peggy penny percy perry pete phil philippe phyllis pierre priscilla rafael ramon randall
raul reba regina rene rex rhonda ricardo richie ricky riley roberta roberto rocky rod rodney roland roman ronnie rosa
rosemary ross rowan roxanne ruben rudolph rufus sabrina sadie sally salvador sammy sandy santiago saul selena seth
shane shannon shaun shawn sheila shelby shelley sherman sherry sidney silvia simon sonia sonya sophia sophie spencer
stacy stanley stella stuart susie suzanne sylvia tabitha tamara tammy tanya ted teddy terrence thelma theodore theresa
tina toby tommy tonya tracey travis trevor troy tyrone ursula valerie vanessa vera vern vernon veronica vicki vickie
victor viola violet virgil vivian wade wallace wanda warren wes wesley whitney wilbur wilma winston wyatt yolanda
yvonne zoe giuseppe gaetano salvatore francesco giovanni luigi matteo hans jurgen klaus wolfgang helmut gerhard dieter
fritz jacques jean-pierre jean-claude francois nicolas sergio jorge diego wladimir vitali hasim
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n.length > 0));
