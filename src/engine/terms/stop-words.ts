/**
 * Words that say nothing about what a question is about: how it asks (왜, 어떻게, what, how),
 * what every note says (것, 있다, 정리, note), and the little words of both languages. Compared
 * after stemming (Korean) and in lower case (English).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // Korean: question words, pronouns, fillers, light verbs, note-taking words
  "왜", "뭐", "뭘", "뭔", "뭐가", "뭐를", "뭐야", "뭐지", "뭔데", "왜냐", "왜냐하면", "어째서", "남은", "뭔가", "뭔지", "무엇", "무슨", "어떻게", "어떤", "어느", "언제", "어디", "어디서", "누가", "누구", "얼마나", "얼마",
  "이게", "이건", "그게", "그건", "저게", "이거", "그거", "저거", "이것", "그것", "저것", "여기", "거기", "이런", "그런", "저런", "이렇게",
  "그렇게", "것", "거", "게", "걸", "건", "수", "때", "등", "및", "좀", "잘", "더", "안", "못", "또", "다", "한", "할", "된", "될", "내",
  "나", "너", "우리", "저", "제", "그", "이", "그냥", "정말", "진짜", "정확히", "굳이", "혹시", "아마", "그래서", "그러면", "그럼", "근데",
  "그런데", "하지만", "그리고", "또는", "혹은", "같", "같은", "같다", "있", "있다", "있는", "없", "없다", "없는", "하다", "되다", "있나",
  "없나", "되나", "하나", "사용", "이용", "쓰", "쓰는", "써", "정리", "공부", "메모", "노트", "생각", "내용", "부분", "경우", "방법", "질문",
  "궁금", "궁금증", "오늘", "내일", "나중", "다음", "지금", "이번", "처음", "항상", "가끔", "보통", "대충", "일단", "먼저", "위", "아래",
  "중", "후", "전", "때문", "위해", "대해", "관련", "통해", "모르겠", "모르겠다", "알아보", "확인", "필요", "가능", "해보", "해봐", "해볼",
  // English: function words, question words, note-taking words
  "a", "an", "the", "and", "or", "but", "if", "then", "else", "of", "to", "in", "on", "at", "by", "for", "from", "with", "without", "into",
  "onto", "about", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done", "have", "has", "had",
  "can", "could", "should", "would", "will", "shall", "may", "might", "must", "it", "its", "this", "that", "these", "those", "there", "here",
  "what", "why", "how", "when", "where", "which", "who", "whom", "whose", "i", "me", "my", "we", "our", "you", "your", "he", "she", "they",
  "them", "their", "not", "no", "yes", "so", "too", "very", "just", "only", "also", "all", "any", "some", "each", "every", "more", "most",
  "other", "same", "than", "such", "own", "use", "used", "using", "uses", "get", "gets", "got", "make", "makes", "made", "thing", "things",
  "way", "need", "needs", "til", "note", "notes", "todo", "etc", "eg", "ie", "vs", "via", "one", "two", "new", "old", "still", "even",
  "really", "actually", "exactly", "again", "why", "want", "know", "like", "see", "look",
]);
