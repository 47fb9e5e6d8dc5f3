-- PostgreSQL only: a client's rename, archive or merge updates the status and names its name words carry (V34).
grant update on client_name_words to ${appRole};
