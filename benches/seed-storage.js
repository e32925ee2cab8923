// Replaces local storage with the given [key, value] pairs; returns how many keys.
localStorage.clear();
for (const [key, value] of arguments[0]) localStorage.setItem(key, value);
return localStorage.length;
